<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>QDialog</name>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer: works cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor: reviews risk assessments, reads the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator: manages accounts and form packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DC, PS or a staff job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. jane.smith@force.police.uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colla&amp;r or staff number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telep&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n file(s) — ✖ %1 CHANGED</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) — ✔ hash verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct case bundles (*.conduct);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Password for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was already committed or abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this change failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another Conduct window or program that is saving a change. Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct</name>
    <message>
        <source>At most %1 entries can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry is empty. Remove it or fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is %1 characters long; the limit is %2. Shorten it, or attach the full text as an exhibit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future. Enter a date and time that has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future. Enter a date that has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URN must be stored in its normalised form (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is not stalking (3.10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a surname or forename, or an alias when the name is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forenames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred means of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe means of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 addresses can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the incident happened (date and time; an estimate is fine, with an end time if it spans a period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2). The end must be at or after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one behaviour (choose &quot;Other&quot; if none fits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the complainant altered their behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Conduct %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT DISCLOSABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT – not for service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer or PDF device was given to print to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document to print. Choose at least one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer does not accept A4 portrait pages with these margins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or printer could not be opened for writing. Check the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new page could not be started on the printer or PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be finished. Check free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document to export. Choose at least one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file bundle (%1 documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved (%2). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w/c %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incidents in the last %2 after none in the %2 before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents in the last %1 are at least %2 times those in the %1 before (%3 against %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More high-severity behaviours (threats, violence, interference with property, following) in the last %1 than in the %1 before (%2 against %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first high-severity behaviour (threats, violence, interference with property, following) in the course of conduct came in the last %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated incidents recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the last %2 against %3 in the %2 before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conduct is escalating: review the risk assessment (protocol 3.7, 4.14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 share part of a double-barrelled surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 sound alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 differ by %3 letter(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are forms of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial %1 fits %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 share a given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (through the alias &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of birth %1 and %2 have day and month transposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born in the same year (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of birth differ: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle %1 is recorded on %2 and on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online handle %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only active administrator account. Make another account an administrator first, or nobody could manage accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record %1 is out of order or repeated: record %2 was expected here. Records have been reordered or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record %1 follows record %2: the records in between are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record %1 does not link to the record before it: a record has been inserted, removed or reordered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record %1 has been altered since it was written: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected because the computer ran out of memory. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to %1. Ask a supervisor or an administrator if your role should change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view a case assigned to another officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete a risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit a risk assessment for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return a risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage form packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is assigned to another officer. Give the reason you need to open it; the reason is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You completed this assessment, so another supervisor must review it. Nobody approves their own assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user account with number %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the backup folder %1. Check that the folder beside the database can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of a server database are made by the server&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed or removed by someone else since you opened it. Reload it to see their change, then apply your edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 to flush it to the disk: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not flush %1 to the disk: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schema version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the backup folder %1 before upgrading the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not upgraded because the backup before the upgrade failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 (%2) failed; the database is unchanged. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another Conduct window or program. Close it there, then restore again. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes in its -wal file that are not in the file itself, so it is not a complete backup. Choose a backup made by Conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Conduct database, so it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Conduct (schema %2; this program knows up to %3). Restore it with that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Conduct tables, so it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored (integrity check: %2). Choose an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces everything now in %1 with the backup (the current file is kept beside it). Confirm to go ahead; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the current database aside, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the backup in place; the database is as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database path was given. Use --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a database file inside it, e.g. %1/conduct.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Conduct database. Choose another file; this one has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Conduct database (it is not an SQLite file). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its own header says (truncated). Restore it from a backup; it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save changes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already referred / managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item of the evidence checklist has a status yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checklist items have no status yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse case: the domestic abuse evidence checklist has not been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every checklist item has a status; %n outstanding.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No suspect recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of enquiry recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the 3.4 lines of enquiry is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessments are not yet recorded in Conduct for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk assessment (DASH, S-DASH, SASH or local tool) is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk assessment was due for review on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk: no MARAC/MAPPA referral decision is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n linked-incident search(es) recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No incident typical of stalking is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No search for linked incidents is recorded on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on every incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked for the incident(s) of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not identified as harassment only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not stalking is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harassment without stalking: why the conduct is not stalking is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a stalking case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is recorded (%1) in a stalking case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No behaviour associated with stalking recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s2A or s4A is under consideration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour associated with stalking is recorded but neither s2A nor s4A is under consideration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suspect is recorded as domestic abuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse: not yet referred to the CPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG2 and risk documents are not yet recorded in Conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MG2 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk documentation is not recorded as supplied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MG3 action plan is not yet recorded in Conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outstanding actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) have no agreed date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every action has an agreed date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postal requisition recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postal requisition is recorded in a stalking case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal requisition recorded in a harassment case: record how its effect on the risk to the complainant was considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail is not yet recorded in Conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pre-charge bail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant&apos;s views on the conditions are not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal is not yet recorded in Conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant supports the prosecution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No withdrawal statement is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer&apos;s report is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complainant recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred means of contact recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preferred means of contact for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPS obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no VPS was taken is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VPS, and no reason recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist item &quot;Victim Personal Statement&quot; has no status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPS obtained (checklist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no VPS was taken is recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceedings continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant has not been told of the VRR scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further action: whether the complainant was told of VRR is not yet recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision not to charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plea to harassment offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plea to harassment offered: compelling reasons and the complainant&apos;s views must be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleas are not yet recorded in Conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalking is not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restraining order sought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No addresses recorded for the complainant or suspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses not checked in the last %1 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses are current, but the complainant&apos;s views on a restraining order are not obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses checked within %1 days; the complainant&apos;s views obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether any new evidence that undermines the evidential test has been obtained since the original charging decision was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether there have been any changes in circumstances since the decision to charge stalking was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the complainant is reluctant to attend court, whether it is in the public interest to witness summons him or her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strength of evidence to demonstrate behaviours associated with stalking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons given by the defence for suggesting that a plea to harassment should be accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The possible explanation that would be given to a complainant who felt that they had been stalked as to why a plea was taken to harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the action is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date cannot be before the action was raised (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the charging decision was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further evidence expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4.10: for the Threshold Test, give details of the further evidence likely to be obtained which will have a significant impact on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further evidence expected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4.10: say when the further evidence will be gathered and forwarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The further evidence cannot be expected before the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision before its date or the date the complainant was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the charging decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot be dated before the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant cannot be told before the decision was made (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the plea was offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plea offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s views given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant&apos;s views on the offer cannot predate the offer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7.3: record the complainant&apos;s views on the offer, and when they were given, before the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the decision on the plea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision must follow the complainant&apos;s views (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7.2: before a plea is accepted, record the regard had to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PHA 1997 s2A(3)%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 months and/or a level 5 fine (s2(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 months in practice (the statute says 51 weeks, read as six months until CJA 2003 s281(5) is commenced) and/or a level 5 fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On indictment 10 years and/or a fine; summarily the general limit in a magistrates&apos; court and/or a fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On indictment 14 years and/or a fine; summarily 6 months and/or a fine (s32(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On indictment 2 years and/or a fine; summarily 6 months and/or a fine (s32(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse case: the charging decision must be referred to the CPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: domestic abuse recorded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No course of conduct: PHA 1997 s7 needs conduct on at least two occasions, and %n occasion(s) are recorded. No PHA offence can be suggested yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A course of conduct (PHA 1997 s7): %n occasions recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occasions recorded, from %1 to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>FOUR: fixated, obsessive, unwanted and repeated all answered yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>altered behaviour (no detail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fear of violence recorded on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course of conduct involves behaviour associated with stalking: s2A is the starting point (protocol 4.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalking that caused fear of violence on at least two occasions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm or distress with altered behaviour recorded on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalking that may have caused serious alarm or distress with a substantial adverse effect on usual day-to-day activities: the altered behaviour is the supporting evidence (protocol 3.9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the conduct is not stalking, and then the reason it does not meet the description of stalking must be recorded (protocol 3.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the conduct is not stalking (protocol 4.2, 3.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm or distress recorded on %1 (PHA 1997 s7(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course of conduct with no behaviour associated with stalking recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fear of violence on at least two occasions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider whether this is in fact stalking (FOUR: fixated, obsessive, unwanted, repeated?) and record why the conduct does not meet the description of stalking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not stalking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No s2A(3) behaviour recorded on any incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racial or religious hostility recorded on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racially or religiously aggravated form of the offence suggested above (CDA 1998 s28 definition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six-month time limit for the summary-only offences (s2, s2A) passed on %1. Check: unless a later occasion is recorded, only the either-way offences remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the time limit: for the summary-only offences (s2, s2A) the information must be laid by %1, six months after the last incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to contact %1 directly or indirectly, by any means, including through social media or through any third party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to publish any material about %1, on any website, social media or other platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to enter the area bounded by … (describe, with a map exhibit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the suspect, from the people of this case, who is on bail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail granted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date bail was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer bail on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return date cannot be before bail was granted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one condition, one per line. Consider the conditions a restraining order would contain (4.11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views sought on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4.11: the complainant&apos;s views are sought about the conditions to be imposed, so by the date bail was granted (%1) or soon after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the subject of the order from the people of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one protected person, chosen from the people of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected person must be one of the people of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject of the order cannot also be a protected person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Stalking Protection Order needs at least one prohibition or requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restraining order needs at least one prohibition, e.g. no contact directly or indirectly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restraining order contains prohibitions only; positive requirements belong to a Stalking Protection Order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; has no wording. Enter it, or remove the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the order would end, or choose &quot;until further order&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order must end after the date it is applied for (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG5 notification given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &quot;MG5 notification given&quot; or clear its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the order was applied for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist services&apos; views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which bail conditions were breached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which order was breached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the breach happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the breach cannot be before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one behaviour: the breach becomes an incident in the course of conduct (4.13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the complainant this contact plan is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the complainant&apos;s point of contact (SPOC) agreed with them (6.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPOC contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy point of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRR information given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who was contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the contact took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is being referred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral needs the complainant&apos;s consent. Protocol 6.1: complainants &quot;must always be afforded the opportunity to be referred to specialist VAWG services and not subject to automatic referral without their consent.&quot; Record the offer in the contact log instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the complainant consented to the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the local support service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral cannot be made before consent was given (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the witness the special measures are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick whether the witness is vulnerable (YJCEA 1999 s16) or intimidated (s17), or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date special measures were explained to the witness (6.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is wanted but was not recorded as discussed: the witness&apos;s views must be informed (6.5). Tick it under measures discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support service update on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early special measures meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting (6.6) cannot be before special measures were discussed with the witness (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6.6: the update from the support service comes before the meeting (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose Victim Personal Statement this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say at which stage the addendum was offered, e.g. after a guilty plea (6.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the Victim Personal Statement was not taken: the CPS must be told (6.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the Victim Personal Statement was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every point of %1 must be answered; still to answer: point %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the complainant who is withdrawing support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the withdrawal statement was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the officer&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s report cannot be dated before the withdrawal statement (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what makes you suspect the complainant has been pressurised or is frightened (5.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety enquiries date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the safety enquiries (5.8) were completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the officer&apos;s report (5.4) before recording how the case will proceed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reasons for the decision: the protocol expects decisions with reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot be dated before the officer&apos;s report (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A witness summons cannot be chosen yet. Protocol 5.8: &quot;Before the decision to apply for a witness summons is taken, prosecutors must make enquiries to satisfy themselves that the safety of the complainant, any children and/or other dependents will not be endangered.&quot; Record those safety enquiries and their date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety enquiries (5.8) must be completed on or before the date of the decision to apply for a witness summons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to attend %1 (address verified %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to attend %1 (address NOT YET VERIFIED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On acquittal (s.5A PHA 1997)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On conviction (s.360 SA 2020)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until further order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: level agreed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s confidential address (&quot;%2&quot;) appears in the %3, which is served on the defence. Remove it from the text, or confirm that it may be disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s phone number (%2) appears in the %3, which is served on the defence. Remove it from the text, or confirm that it may be disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the date the %1 decision was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decision reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record why the decision was made; protocol 3.7 requires the %1 decision to be recorded with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a .png nor an .svg file name. Choose one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than a bundle can be (2 GiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case with URN %1 is already in this database, so the bundle was not imported. Import it as a copy under a new URN if both are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case with URN %1 is already in this database. Give a URN no case uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the year must have four digits, for example 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no month %2; months run from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: February %2 has %3 days (%2 is not a leap year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: February %2 has %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as day/month/year, for example 31/03/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time: type it on the 24-hour clock, for example 23:10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: hours run from 00 to 23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: minutes run from 00 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One officer (name withheld in the anonymised copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (UK local dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONITORING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALKING AND HARASSMENT MONITORING REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPCCļPS protocol 4.1 (monthly monitoring) and 10.1 (lessons learnt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct layout 1: monitoring report (no official form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (unit figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current figures as at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised: figures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With case references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (protocol %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened, by offence under consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case counts under each offence it considers; counted by the London date it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harassment cases: why not stalking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened considering harassment (s2 or s4) and not stalking (s2A or s4A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk at the latest assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened in the period, by the level in force at their latest submitted or approved assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk reviews and screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: open cases whose review date was before %1. Median: cases opened in the period with both an incident and a submitted screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments overdue for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days, first incident to first risk screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to the CPS and charging decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals by the date requested; decisions by the date decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to the CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days, referral to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals of support, and what was then decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals by the London date the statement was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleas to harassment offered on a stalking charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers by the date offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleas offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restraining orders and breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders by the date applied for (no grant date is recorded, so granted orders are counted by theirs too); breaches (4.13, 9.5) by the London date they happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restraining orders applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restraining orders granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches of bail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day. Choose a last day on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal statement recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s report recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPS: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the unit&apos;s monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain intact: 1 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain intact: %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restraining order applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalking Protection Order applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach of bail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferences could not be saved: the settings file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server store is backed up on the server (pg_dump), not by Conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was removed by %1 at %2 on %3, after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed by %1 at %2 on %3, after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit was not saved. Reload to see their change, then apply your edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table or column name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password for %1. Check it, or the line for this server in ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Ask the server&apos;s administrator to create it (see &quot;Running for a whole unit&quot; in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server address. Write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address cannot be read (%1). Write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a password. Remove it: Conduct asks for the password, or reads it from ~/.pgpass, so that it never appears on a command line or in a log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names no database. Add it after the host, as in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema name must be lower-case letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has a setting Conduct does not use: %1. Only sslmode and schema are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created by another program while Conduct was setting it up. Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds Conduct data (the table %2 is not empty), and a store is only copied into an empty one. Name a new schema in the address (?schema=NAME), or a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of %2 were read, but it holds %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is committed, but %1 Do not use %2: empty it (on a server, drop its schema) and copy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 holds %2 rows there and %3 in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its audit trail (table audit_log) does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its audit trail (table audit_log) holds %1 records ending in %2, and the source&apos;s %3 ending in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses schema version %2 and the target %3. Open %1 once with this version of Conduct to bring it up to date, then copy again. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses schema version %2, newer than the target&apos;s %3. Copy with the version of Conduct that last opened it. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of %1 does not verify, and a copy would carry the fault over: %2 Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no table %2, which the source has. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: the target is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be made private to you (%2). Nothing was written; choose a folder on a disk that keeps file permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be made private to you. Ask your IT support to restrict it to your account (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no day %2; days start at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: seconds run from 00 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before 1900; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is on the day of the start (%1) without a time. Give the end&apos;s time, or leave the end out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You completed this assessment, so another supervisor must review it. Nobody returns their own assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be recorded in the audit trail after %1 tries (%2). Tell your supervisor, so that the record of who used this desk is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated disk failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct could not put the current database back where it was: %1. Nothing in those files is lost. Before opening Conduct again, rename each file back to its first name (your IT support can help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the backup in place (%1), so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 characters (this has %3). Shorten it, or attach the rest as a document and list it under material provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the suspect&apos;s markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anticipated plea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material provided to CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material provided to CPS: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material provided to CPS: a row you added has no name. Name the item, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline of circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in case (If different from above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments: points to prove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments: availability of other evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments: why CPS is consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments: public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments: recommended charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments: undermining material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key witness(es) and their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewing officer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other person(s) present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of defendant explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defendant&apos;s response/reaction to CCTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant admissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-key witness(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visually recorded evidence: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order(s) applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIP testing: trigger offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIP testing: result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIP testing: drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional cautioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: say what must change before the file can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of original statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 16+1 self-defined ethnicity codes (A1 to W9, or NS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the date of birth (%2); check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risk assessment submitted on %1 is awaiting supervisor review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.7 is met once a supervisor approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level %1 (approved); next review %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the quality of the witness&apos;s evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness&apos;s views on their eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness&apos;s views on improving their evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of other interested parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting material: list what is attached, or answer No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter or communication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve or return a charging file for referral to the CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG3 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG3 version: this case has no version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG5 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG5 version: this case has no version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor approves or returns the %1 for referral to the CPS. Ask your supervisor to review it from their review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote version %1 of this %2, so another supervisor must approve it. Nobody approves their own charging file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the officer in this case, so another supervisor must approve its %1 (the four-eyes rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between [dates]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[the complainant]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complainant: the course of conduct and its effect on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The offence was racially or religiously aggravated (section 32 of the Crime and Disorder Act 1998).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview of the suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG5 police report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the complainant&apos;s %2 (protocol 4.3: the CPS domestic abuse policy applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The relationship ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, approved by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to MARAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not referred to MARAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen yet in the offence guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIRCUMSTANCES
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMESTIC ABUSE
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RISK
Risk assessed as %1 on %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bailed to return on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAIL
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME LIMIT
The summary-only offences must be charged by %1 (six months after the last incident, MCA 1980 s127).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECISION/ADVICE SOUGHT
[State the decision or advice sought.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restraining order (%1), %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters (this has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains an invisible control character. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use only digits, spaces, +, brackets and hyphens, such as 01632 960123 or +44 (0)1632 960123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a whole address such as jane.smith@force.police.uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Draft, not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Submitted for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Returned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Approved by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::AccountService</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user account with number %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts already exist. Ask an administrator to create yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password that differs from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are deactivated rather than deleted, so the audit trail keeps naming who did what. Every change here is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They will no longer be able to sign in. The account and its audit records are kept, and it can be reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2). Give it to them in person; they should change it when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pro&amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the MG forms print for %1 (%2). The change is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ActionRepository</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is no longer recorded on the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Advisor</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence checklist used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every item of the evidence checklist a status on the Evidence tab; in domestic abuse cases use the domestic abuse checklist too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential defences investigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through the lines of enquiry on the Enquiries (3.4) tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessed and kept under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete a risk assessment, review it by its due date, and record the MARAC/MAPPA referral decision when the risk is high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked incidents searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the suspect elsewhere (People tab, &quot;Find elsewhere&quot;) so the search is recorded on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altered behaviour asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the complainant whether they altered their behaviour, even in subtle ways, and record the answer on each incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalking considered in a harassment case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why the conduct does not meet the description of stalking (Overview, or the Offences tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Police Information Notice in stalking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use PINs in stalking cases; review the PIN recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s2A/s4A the starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from s2A or s4A; see the Offences tab, and record the reason if another offence is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse referred to the CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the case to the CPS for the charging decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG2 and risk documents at pre-charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply a completed MG2 and the risk screening documents with the pre-charge file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan with agreed dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a date for every action on the MG3 action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postal requisition in stalking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use postal requisitions in stalking; in harassment, consider and record their effect on the risk to the complainant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s views on bail conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek the complainant&apos;s views on pre-charge bail conditions and consider restraining-order conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a written withdrawal statement covering every point of 5.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s withdrawal report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the officer&apos;s report covering every point of 5.4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of contact and preferred contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree the complainant&apos;s preferred means of contact and a safe method, and record them on the complainant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim Personal Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer and support a VPS; if none is taken, record why for the CPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims&apos; Right to Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the complainant of their right to a review under the VRR scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harassment pleas to a stalking charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the compelling reasons and the complainant&apos;s views before a plea to harassment is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restraining order information current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check the addresses for the draft restraining order and obtain the complainant&apos;s views.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::AdvisorPanel</name>
    <message>
        <source>Protocol advisor rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Conduct found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice and protocol text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select to read the advice and paragraph %1 of the protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol advisor: %1 need attention, %2 met, %3 not yet recorded. It advises; it never blocks. Select a rule to read the protocol&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Protocol %1:&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::AppPaths</name>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1. Check the permissions of its parent folder, or use --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::AssessmentDiffDialog</name>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare risk assessment versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 – %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1: score %2, level %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed. Earlier %1. Later %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::AssessmentForm</name>
    <message>
        <source>%1 – version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score and suggested level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form pack %1, version %2 · Assessment version %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright and notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard: Y, N or D answers the highlighted question and moves on; Tab reaches its comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decision (protocol 3.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (wording not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Score: %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Suggested level: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · No score bands: grade the level on professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n question(s) unanswered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;MARAC criteria met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;This level calls for a fuller assessment (e.g. SRP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decision date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::AssessmentItemRow</name>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Wording withheld: import the licensed pack to see this question]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wording has not been checked against the printed form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (details, and source of information if not the victim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on question %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::AuditLog</name>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::AuditQueryService</name>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day. Choose a last day on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the audit records are being exported; the reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who will receive the exported audit records; it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::AuditTableModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::AuditViewerDialog</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or part of a URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or part of a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (UK date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (UK date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished">Ch&amp;wilio</translation>
    </message>
    <message>
        <source>Case &amp;URN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates (UK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are these records being exported?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the audit records are needed; your reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will receive them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person or department the records are for; it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 record exported.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 records exported.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Authenticator</name>
    <message>
        <source>The user name or password is not correct. Check both and try again. After %1 failed attempts, signing in is paused for a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There have been too many failed attempts to sign in with this user name. Try again in %1 seconds, or ask an administrator to unlock the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::BundleExportDialog</name>
    <message>
        <source>Export case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes case %1 with everything attached to it (people, incidents, assessments, checklist, exhibits and their files, orders, withdrawal records and the audit records) to one file, for import into another Conduct database. The transfer is recorded in the audit trail. The file holds OFFICIAL-SENSITIVE personal data: protect it with a passphrase whenever it leaves a secure system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. case moved to West Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DC 456 Patel, West Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::BundleImportDialog</name>
    <message>
        <source>Import case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the case in a bundle file to this database. The whole bundle is checked first; the case is imported completely or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the bundle was protected with one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as a &amp;copy under a new URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New URN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::BundleService</name>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case is transferred, e.g. &quot;case moved to West Division&quot;. The audit trail records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who receives the case, e.g. &quot;DC 456 Patel, West Division&quot;. The audit trail records it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::BundleWriter</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::CareRecordRepository</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is no longer on the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::CareTabs</name>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of support (protocol 5.3–5.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim and witness care (protocol section 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail &amp;&amp; orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail, restraining orders, SPOs and breaches (4.11–4.13, section 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charging file: MG3, MG5, MG2, then the action plan, charging decision and pleas (4.7–4.10, section 7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::CaseFileService</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are assembled to export or to print them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::CaseForm</name>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 45AA0209820</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crime reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank, number and name, e.g. DC 4127 Sam EXAMPLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer in the case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offences under consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racial or religious &amp;hostility shown (CDA 1998 s32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is not stalking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol 3.10: in every harassment case, record why this is not stalking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why this is not stalking (protocol 3.10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::CaseListModel</name>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Protocol advisor rules needing attention; open the case and see its Protocol advisor tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::CaseRepository</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::CaseService</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record belongs to another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the people of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN %1 is already used by another case in this database. Check the number, or open the existing case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::CaseTransferStore</name>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of attachment %1 is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::CaseWorkspace</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents in the course of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fear of violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · OIC %3 · %4 incident(s)&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offences recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of case %1 have changed. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the incident of %1 from the course of conduct?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find this person else&amp;where…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every case for this person (protocol 3.8: linked incidents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport / print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG forms, risk record and chronology as PDF or on paper (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complainant&apos;s &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a diary or spreadsheet the complainant kept into incidents (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load their version and put your changes back on top of it? Nothing is saved until you save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their changes are loaded and yours are back on top. Check, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their changes are loaded and yours are back on top. You both changed %1: yours is shown. Check, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You both changed %1: yours will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes on top of their version? What only they changed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved case work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has typing not yet saved on the %2 tab(s). Close and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Charging</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further evidence required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plea accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plea not accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ChargingDocumentEditor</name>
    <message>
        <source>Vie&amp;w version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard dra&amp;ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove for referral to CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove (supervisor&apos;s certification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn for changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 1 – not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor approves or returns a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit (starts version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 1 – Draft, not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 – Draft, not yet approved (editing version %2, which stays as approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – an earlier version, read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is approved and is not changed. Choose &quot;Edit (starts version %2)&quot; to write a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is waiting for a supervisor and cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 submitted for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 version %2 returned? The officer sees these reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 returned for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your typing could not be kept as a draft (%1). Save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsaved draft could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing in %1 version %2 that was not saved was kept as a draft on %3 (UK time). Restore it to carry on where you left off, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ChargingFile</name>
    <message>
        <source>MG3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ChargingFilePage</name>
    <message>
        <source>MG&amp;3 Report to CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG&amp;5 Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG&amp;2 Special measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action p&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan with agreed action dates (4.7), charging request and CPS decision, pleas (section 7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ChargingFileRepository</name>
    <message>
        <source>Charging file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ChargingFileService</name>
    <message>
        <source>Version %1 of the %2 is with the supervisor. Ask them to return it for changes before you edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the %2 is %3: only a draft or a returned version is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the %2 is %3: only a version submitted for approval is approved or returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments: address the MG3&apos;s points (at least how the evidence meets the points to prove and the recommended charges) before approving it for referral to the CPS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ChargingFileStart</name>
    <message>
        <source>%1, pursued a course of conduct in relation to %2 which amounted to stalking and which caused %2 to fear, on at least two occasions, that violence would be used against them, or caused them serious alarm or distress which had a substantial adverse effect on their usual day-to-day activities, and you knew or ought to have known that your course of conduct would have that effect. Contrary to section 4A(1) of the Protection from Harassment Act 1997.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pursued a course of conduct in relation to %2 which amounted to harassment and to stalking, and which you knew or ought to have known amounted to harassment of %2. Contrary to sections 2A(1) and (4) of the Protection from Harassment Act 1997.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pursued a course of conduct which caused %2 to fear, on at least two occasions, that violence would be used against them, and you knew or ought to have known that your course of conduct would cause them so to fear on each of those occasions. Contrary to section 4(1) of the Protection from Harassment Act 1997.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pursued a course of conduct which amounted to harassment of %2 and which you knew or ought to have known amounted to harassment of %2. Contrary to sections 1(1) and 2 of the Protection from Harassment Act 1997.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ChargingPage</name>
    <message>
        <source>Action plan, charging and pleas (protocol 4.7–4.10, section 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan — protocol 4.7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action dates are agreed between the CPS and the police. Overdue actions are shown in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action date agreed with the CPS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging request and decision — protocol 4.9, 4.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the Threshold Test, give the further evidence likely to be obtained and when. Tell the complainant the decision at the earliest opportunity (4.9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Code Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further evidence expected (4.10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further evidence expected by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges, or reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant told on (4.9):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save charging request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleas offered — protocol 7.2, 7.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where stalking is charged, a plea to harassment is accepted only for compelling reasons, on the rarest of occasions. The complainant&apos;s views are taken into account before a final decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence charged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plea offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Before accepting a plea to harassment, prosecutors will have regard to (7.2):&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s views on the offer (7.3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plea record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ %1 &lt;small&gt;(raised %2)&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open flags on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging request saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plea record saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ChargingService</name>
    <message>
        <source>action plan (4.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action belongs to another case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ChecklistPage</name>
    <message>
        <source>Evidence checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence checklist: %1 of %2 items obtained, %3 requested or outstanding, %4 not applicable or not available, %5 with no status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no status —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: &quot;%1&quot; is not a date. Use dd/mm/yyyy, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ChronologyPage</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole course of conduct (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the escalation chart as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalating: review the risk assessment (protocol 3.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the chart: %1 without a date, %2 dated after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the course of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation of the course of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export escalation chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Codes</name>
    <message>
        <source>Open investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex-partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stranger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting or attempting to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing statements or material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring internet, e-mail or electronic communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfering with property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching or spying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harassment (PHA 1997 s2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalking (PHA 1997 s2A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting people in fear of violence (PHA 1997 s4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalking involving fear of violence or serious alarm or distress (PHA 1997 s4A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racially or religiously aggravated (CDA 1998 s32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters or gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>999 recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body-worn video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police Information Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal requisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian – Indian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian – Pakistani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian – Bangladeshi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other Asian background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black – Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black – African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other Black background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed – White and Black Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed – White and Black African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed – White and Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other mixed background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White – British</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White – Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other White background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Database</name>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older schema (version %2) and cannot be upgraded while opened read-only. Open it read-write once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Conduct database. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Conduct (schema %2; this program knows up to %3). Upgrade Conduct to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch %1 to write-ahead logging; it may be locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added no row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing. Install the Debian package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds another application&apos;s data, not a Conduct store. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds tables that are not Conduct&apos;s. Use an empty database, or add ?schema=conduct to the address. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Conduct store yet. Open it read-write once to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was upgraded by a newer version of Conduct (schema %2; this program knows up to %3). Upgrade Conduct to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older schema (version %2) and cannot be upgraded while opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account may not change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not let Conduct keep its working files beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it is read as it was when opened, so changes saved elsewhere meanwhile are not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::DateEntry</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date was typed: type it as day/month/year, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::DateTimeField</name>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the date is known: type the date alone, or tick this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm, or the date alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date and time were typed: type them as day/month/year and 24-hour time, for example 31/03/2026 23:10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happens twice in the UK: say which one by typing %1 BST (the first) or %1 GMT (the second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the UK kept %3 then, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::DocumentPreview</name>
    <message>
        <source>Preview of the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose documents and press Preview to see the pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::DocumentRegistry</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs an id, a title, a builder and a missing-values check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document with the id &quot;%1&quot; is already listed; give the new one another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Case details page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::DomesticAbuse</name>
    <message>
        <source>Current partner: the Home Office definition of domestic abuse (Domestic Abuse Act 2021 s1–2) covers this relationship; the case is flagged under protocol 4.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current or former partner: the Home Office definition of domestic abuse (Domestic Abuse Act 2021 s1–2) covers this relationship; the case is flagged under protocol 4.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member: the Home Office definition of domestic abuse (Domestic Abuse Act 2021 s1–2) covers relatives; the case is flagged under protocol 4.3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::EnquiriesPage</name>
    <message>
        <source>The 3.4 pack is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save lines of enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Lines of enquiry saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::EscalationChart</name>
    <message>
        <source>Escalation chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2 over %3 periods, %4 incident(s) in all. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-severity behaviours (threats, violence, property, following)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated incidents yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::EvidenceService</name>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit no longer exists. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the exhibit reference: the producer&apos;s initials and a number, e.g. SE/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exhibit reference. Use the producer&apos;s initials and a number, e.g. SE/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the exhibit, e.g. &quot;CCTV, Newtown station, 18:40–19:10&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who had the exhibit (name and collar number, or the store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date and time from which they had it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;from&quot; time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;to&quot; time is before the &quot;from&quot; time; correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity must be in time order: this row starts before the row above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last row may be open: give the time the exhibit was handed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1 is already in this case&apos;s register. Each reference must be unique within the case: use the producer&apos;s next number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked incident is not part of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for attached files. Keep the original on the force&apos;s evidence system and record where it is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the attached file a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unchanged: its SHA-256 matches the hash taken when it was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 HAS CHANGED since it was attached: its SHA-256 no longer matches. Do not rely on this copy; report it to your supervisor and retrieve the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one offence to record the choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the conduct does not meet the description of stalking: the guide suggests s2A/s4A as the starting point (protocol 4.2, 3.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you chose differently from the guide&apos;s suggested starting point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist &quot;%1&quot; is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date obtained cannot be in the future; give today&apos;s date or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date requested cannot be in the future; give today&apos;s date or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date obtained (%1) is before the date requested (%2); correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this case&apos;s exhibit register. Add the exhibit on the Exhibits tab first, or correct the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3.4 lines-of-enquiry pack is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 3.4 lines of enquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the %1 was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future; give today&apos;s date or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police Information Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN cannot be recorded in a stalking case. Protocol 3.11: &quot;Police Information Notices (PINs) will not be used in stalking cases.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal requisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postal requisition cannot be recorded in a stalking case. Protocol 4.8: police and prosecutors &quot;should not use them in stalking cases&quot;. Consider charge and remand or bail with conditions instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol 4.8: seriously consider the effect of a postal requisition on the risk to the complainant, and record that consideration in the note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::EvidenceTabs</name>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;quiries (3.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol &amp;advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Still to obtain:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Protocol advisor: &lt;b&gt;%1 rule(s) need attention&lt;/b&gt; (see the Protocol advisor tab).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ExhibitDialog</name>
    <message>
        <source>Add exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference (initials and number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SE/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Produced by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where held now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who had it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove ro&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents it evidences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add BST (the first) or GMT (the second) after the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continuity (who had it, from, to; times dd/mm/yyyy hh:mm, UK time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity row %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ExhibitRepository</name>
    <message>
        <source>exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit no longer exists. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file&apos;s content is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ExhibitsPage</name>
    <message>
        <source>Exhibit register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add exhibit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to the exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exhibit %1 and its attached files from the register?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the exhibit the file belongs to, then attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attached to %2. SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attached files to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n attached file(s) are unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conduct::Export</name>
    <message>
        <source>[not recorded]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wording not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG3 Report to Crown Prosecutor for charging decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG5 Police report (case summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG2 Special measures assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology of incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence checklist status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG11 Withdrawal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s report on withdrawal (5.4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ExportDialog</name>
    <message>
        <source>Export / print documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export / print documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not recorded (printed as &quot;%1&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential contact details warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pre-charge file for CPS charging advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CPS Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: every value is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Confidential contact details in a document served on the defence&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Disclose them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save documents as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)). Recorded as a disclosure to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer. Recorded as a disclosure to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Charging file bundle (the pre-charge file for the CPS, protocol 4.5, 5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click on a value to go where it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ExportService</name>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why these documents are being disclosed, e.g. &quot;pre-charge file for CPS charging advice&quot;. The audit trail records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who will receive the documents, e.g. &quot;CPS Direct&quot; or &quot;defence solicitor&quot;. The audit trail records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one document, or the charging file bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to save the PDF as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::FormPackCatalogue</name>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the form pack &quot;%2&quot; is not installed, so this assessment cannot be shown with its original wording. Ask an administrator to import that pack version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form pack &quot;%1&quot; is not installed. Choose DASH, S-DASH or SASH, or ask an administrator to import it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Forms</name>
    <message>
        <source>Wording not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a date such as 2024-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick the columns that apply on each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no row %1; rows are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported answer type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this form (%1 version %2) has no item %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this pack holds the structure only; import the licensed pack before completing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer question %1 before finishing the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer questions %1 before finishing the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown property %1; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing; give it as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; fill it in or leave the property out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing; give a whole number of %2 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of %2 or more, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing; give a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each %1 must be an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 %2; use one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship %1 is not a known relationship; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 cannot depend on its own answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition refers to unknown item %1; use the id of an item in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;atLeast&quot; compares numbers, but item %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 can never be %2; use one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions form a loop (%1); no item in it could ever be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate level id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;visible high risk&quot; is a score threshold; give this level a band (&quot;min&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either every level has a score band (&quot;min&quot;) or none has; %1 of %2 have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lowest band must start at 0 so that every score has a level; it starts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest band must be open-ended (&quot;14 and above&quot;); remove &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the highest band may be open-ended; give this band a &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band maximum %1 is below its minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands leave a gap: score %1 has no level; start this band at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands leave a gap: scores %1 to %2 have no level; start this band at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands overlap: score %1 falls in two levels; start this band at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate section id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate item number %1; it is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate item id %1; it is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack is marked confirmed but holds unconfirmed wording (%1); mark the pack &quot;unconfirmed&quot; until every part is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a risk pack needs scoring rules with at least one level for the officer to choose (e.g. standard, medium, high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack has %1 problems and was not loaded:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form pack must be a JSON object with &quot;id&quot;, &quot;version&quot;, &quot;sections&quot; …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form pack could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option id %1 may hold only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate option id %1; each option needs its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition needs exactly one of &quot;item&quot;, &quot;fact&quot;, &quot;all&quot; or &quot;any&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition group is empty; list at least one condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition needs exactly one test: &quot;equals&quot;, &quot;in&quot;, &quot;atLeast&quot; or &quot;answered&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, a number or true/false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of values is empty; give at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values must be text, numbers or true/false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only &quot;answered&quot;: true is meaningful; to show an item when another is unanswered, leave the condition out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item id %1 may hold only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a structure-only pack holds no item wording; remove it, or import the licensed pack with &quot;structureOnly&quot;: false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice needs at least two options; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only single and multiple choice items have options; this item is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grid needs at least one entry in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only grid items have rows and columns; this item is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;min&quot; and &quot;max&quot; apply only to number items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum %1 is below minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items cannot be scored; only yes/no, choice and grid answers count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack has no counted scoring; set &quot;scoring&quot;: {&quot;method&quot;: &quot;count&quot;} or remove &quot;scored&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers that count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an answer this item can have; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scored choice item must list which option ids count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scoring method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scoring method %1; use &quot;count&quot; (score = number of counted answers) or &quot;officer&quot; (graded by the officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scoring note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be counted pack-wide; use yes, no or dont_know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer-graded levels have no score bands; remove &quot;min&quot; and &quot;max&quot; or use &quot;method&quot;: &quot;count&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack format version %1 is not supported; this version of Conduct reads format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack id %1 must be lower-case letters and digits joined by single hyphens, e.g. &quot;dash-2009&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copyright notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack verification is missing; use &quot;confirmed&quot; or &quot;unconfirmed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scoring must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack has no sections; add at least one section with items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section has no items; add at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a level of this form; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the suggested level, %2. Professional judgement may raise the risk level but never lower it: DASH guidance says other factors may increase the risk level but will not reduce it, and an actuarial assessment must not be downgraded. Choose %2 or higher (protocol 3.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain in writing why you graded the risk %1 when the suggested level is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential escalation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::GlobalSearchDialog</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search for a URN, a person (name, date of birth, phone, e-mail, handle, vehicle) or words in incident descriptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SMITH, John 12/03/1980 or 07700 900123 or &quot;knife&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms. Possible matches are prompts to look, not links: check before relying on one (protocol 3.8).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conduct::IncidentDialog</name>
    <message>
        <source>Add incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the complainant&apos;s words where possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the incident (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Online (social media, messaging, e-mail, calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Instagram, WhatsApp, text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalking behaviours (PHA 1997 s2A(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fear of &amp;violence on this occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alarm or distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the complainant alter their &amp;behaviour? (protocol 3.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. changed route to work, moved house, closed social media accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the complainant altered their behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported to police at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police refere&amp;nce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard dra&amp;ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore or discard the unsaved draft before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident cannot be saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this incident&apos;s changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be kept as a draft (%1). Save the incident to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsaved draft could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to this incident were kept as a draft on %1 (UK time). Restore them to carry on where you left off, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK time, e.g. 31/03/2026 23:10. An estimate is fine; if only the day is known, type the date alone or tick &quot;Time not known&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;me not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans a &amp;period (add an end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time not &amp;known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::IncidentRepository</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident is no longer recorded on the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::LinkedMatchesBanner</name>
    <message>
        <source>Possible matches in other cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this bar. The search stays recorded on the case, and the matches can be found again with &quot;Find this person elsewhere&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible match(es) in other cases for %1 (protocol 3.8: check for linked incidents).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conduct::LinkedMatchesDialog</name>
    <message>
        <source>%1 in other cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People recorded on other cases who may be %1. A match is a prompt to look, not a link: open the case, then confirm or dismiss each one. Decisions are recorded on this case (protocol 3.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other complainants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is, or is not, the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open that case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible matches in other cases. The search is recorded on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 %2 in case %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::LinkedSearchService</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n online handle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked-incident search (protocol 3.8) for %1: %n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed as the same person: %1 in case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed as a different person: %1 in case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::LockController</name>
    <message>
        <source>Conduct is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct locked itself after a minute without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct locked itself after %1 minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::LockScreen</name>
    <message>
        <source>Conduct is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details are hidden until you enter your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session and sign in again, as yourself or another user. Open cases close; unsaved typing on them is lost, incident drafts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::LogImportDialog</name>
    <message>
        <source>Import complainant&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the complainant&apos;s own log of what happened: a spreadsheet saved as CSV or TSV, or a diary as plain text with each entry starting with its date. The file is kept unchanged as an exhibit, and each incident records the row it came from (protocol 3.2: the course of conduct is seen as a whole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the file as &amp;exhibit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every entry as an incident and the file as an exhibit, all together or not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (*.csv *.tsv *.txt *.tab);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::LogMappingPage</name>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are read day first (UK style). Times are London time. The date column may hold the time as well. Your choice is remembered for files with the same column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2; %3 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the date column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::LogReviewPage</name>
    <message>
        <source> (no time given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready (date confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (London)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Behaviours of the selected entry (suggested from the complainant&apos;s words; confirm or change — s2A behaviours first, protocol 4.2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to confirm (protocol 3.6: the account&apos;s precision matters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected entry and the one below describe one incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected entry describes two occasions: split at its first paragraph or sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected entry out of the import (it stays in the exhibit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries from %2 are ready to import. Nothing is saved until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries from %2; %3 need your attention (coloured) before the import can go ahead. Nothing is saved until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::MainWindow</name>
    <message>
        <source>&amp;Find case:</source>
        <translation>&amp;Canfod achos:</translation>
    </message>
    <message>
        <source>Find case</source>
        <translation>Canfod achos</translation>
    </message>
    <message>
        <source>URN, any person&apos;s name, status or officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Achos &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Agor cronfa ddata…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Cronfeydd data &amp;diweddar</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Cau’r achos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Canfod achos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Load &amp;example case</source>
        <translation>Llwytho achos &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>&amp;About Conduct</source>
        <translation>&amp;Ynghylch Conduct</translation>
    </message>
    <message>
        <source>About Conduct</source>
        <translation>Ynghylch Conduct</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Conduct %1&lt;/h3&gt;&lt;p&gt;Stalking and harassment case building for police investigators, following the NPCC–CPS protocol.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public Licence, version 3 or later.&lt;/p&gt;&lt;p&gt;Cases held here are OFFICIAL-SENSITIVE personal data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a Conduct database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Ch&amp;wilio</translation>
    </message>
    <message>
        <source>Search &amp;all cases…</source>
        <translation>Chwilio’r &amp;holl achosion…</translation>
    </message>
    <message>
        <source>%1 (%2) · Database: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account&apos;s roles do not allow opening this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are you opening this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case belongs to another officer. Say why you need to open it; your reason is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <source>Hide all case details until you enter your password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Newid cyf&amp;rinair…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Trywydd archwilio…</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>C&amp;yfrifon…</translation>
    </message>
    <message>
        <source>Only supervisors can read the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can manage accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password of at least %1 characters. A few unrelated words make a strong one that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n+ cases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export / print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first: documents are exported from a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitoring report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import case bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first: a bundle holds the case in the current tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the case to %1 (%n record(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported case %1 (%n record(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup %2?

The current database is kept beside it under a new name, so this can be undone. Open cases are closed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1. The database it replaced is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors review risk assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read and search cases, but nothing can be changed or exported, and the cases you open in this session cannot be recorded in this database&apos;s audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My pro&amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rank, number, station, telephone and e-mail, as the MG forms print them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details as the MG forms print them in the officer&apos;s contact and certification boxes. Correct them here; each change is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Mg2DetailsEditor</name>
    <message>
        <source>MG2 2: effect on the quality of the witness&apos;s evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG2 4: witness&apos;s views on their eligibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG2 4: views on whether measures would improve their evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG2 5: views of other interested parties (carer, ISAC, agencies):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG2 5: other supporting material attached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG2 5: if yes, list it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG2 6: special measures meeting required?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter or communication needs (not an MG2 box):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Mg2Editor</name>
    <message>
        <source>MG2 – Special measures assessment, built from each witness&apos;s special measures record. The record is kept on the Victim care tab (protocol 6.5, 6.6); change it there and the MG2 follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses with a special measures record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complainant in a stalking case is an intimidated witness (Youth Justice and Criminal Evidence Act 1999 s17) and is eligible for special measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 18 (%1, born %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18 (%1, born %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 18 (date of birth not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18 (date of birth not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: add the date of birth, or whether they are over 18, on the People page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No special measures record yet. Record the discussion with the complainant on the Victim care tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intimidated witness (YJCEA 1999 s17): a complainant in a stalking case is an intimidated witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intimidated witness (YJCEA 1999 s17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable witness (YJCEA 1999 s16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures sought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness&apos;s views (6.5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness&apos;s views on eligibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the quality of their evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views on how the measures improve it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of others (parent, carer, ISAC/IDVA, agencies):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting material:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special measures meeting wanted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication needs (interpreter, aids):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early special measures meeting (6.6):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit on the Victim care tab…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Mg3Editor</name>
    <message>
        <source>How the evidence gathered is aligned to the points to prove for the offence(s) requiring advice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the investigation is not complete, the availability of other evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is appropriate for CPS to be consulted (refer to DPP Guidance – Police and CPS Charging responsibilities):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting comments as to why police believe it is in the public interest to prosecute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommended charges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there any material which could undermine the prosecution case or assist the defence case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG3 – Report to Crown Prosecutor for charging decision. The police part is written here and approved by a supervisor who is neither its author nor the officer in the case (protocol 3.7) before referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, date of birth, ethnicity and bail come from the case (People, Bail &amp; orders) and print as they are there. The proposed charges start from the offences chosen in the offence guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suspect is recorded on the People page yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material provided to CPS (indicate if attached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows built from the case&apos;s statements, exhibits, incident log and MG2. Tick what is attached; add rows for anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material provided to CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline of circumstances and decision/advice sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words. The draft built from the case (course of conduct, escalation, risk, bail, protocol 4.3, time limit) is only a starting point: nothing of it is printed unless you keep it and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a dr&amp;aft of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in case, &amp;if different:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments – approval for referral (protocol 3.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by the approving supervisor, who is neither the author nor the officer in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active bail recorded on Bail &amp; orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On bail to return on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On bail (return date not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Date of birth:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Ethnicity code:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Bail:&lt;/b&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released under investigation (no bail to return to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guilty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not guilty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custody reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPO (prolific and priority offender):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DYO (deter young offender):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YO (youth offender):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad character evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dangerous offender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roposed charges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anticipated p&amp;lea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row comes from the case; untick &quot;Attached&quot; instead. Only rows you added can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline of circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case holds nothing yet to draft an outline from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the outline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text in the outline with a draft built from the case? (Ctrl+Z in the box brings your text back.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Mg5Editor</name>
    <message>
        <source>MG5 – Case summary. The boxes start from what the case holds when they are empty; the supervisor&apos;s approval is the MG5&apos;s supervisor&apos;s certification (protocol 3.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key evidence and witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;witness(es) and their role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of &amp;property (stolen, damaged):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defendant interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the relevant admissions with the start and finish counter times of the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defendant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview date and &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewing officer(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other persons present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of &amp;explanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response to CCTV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant &amp;admissions (with counter times):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Non-key witnesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visually recorded evidence (VRE):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the VRE key evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRE details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Injuries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forensic evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders and compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders applied for start from the restraining order draft (protocol section 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders applied for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compensation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIP testing, other forms and conditional cautioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MG5 asks for the conditional cautioning section to be completed on every file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIP: tested?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIP: trigger offence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIP: result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIP: drug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG18 (TICs)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous convictions/cautions attached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG6 attached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not suitable for conditional caution &amp;because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s certification is their approval of this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified on (officer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s certification (protocol 3.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a supervisor who is neither the author nor the officer in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::MissingValues</name>
    <message>
        <source>Not recorded, so the %1 prints &quot;[not recorded]&quot;. Record it in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet done, so the %1 prints this part blank. %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Monitoring</name>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::MonitoringChart</name>
    <message>
        <source>%1 (protocol %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::MonitoringDialog</name>
    <message>
        <source>Monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;advisor rules on open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the protocol advisor on every open case in scope; each case is consulted and logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(UK dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a figure to see the cases behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a case, or press Enter, to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised (figures only: no case references or officer&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. monthly SPOC monitoring return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CPS Area stalking SPOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is disclosed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list the cases behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1; the disclosure is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::MonitoringFigure</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::MonitoringService</name>
    <message>
        <source>Advisor rules needing attention, open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases (not NFA or closed) on which each paragraph&apos;s rule needs attention today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to save the report as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the figures are being disclosed, e.g. &quot;monthly SPOC monitoring return&quot;. The audit trail records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who will receive the figures, e.g. &quot;CPS Area stalking SPOC&quot;. The audit trail records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PC 4410 Sam SPECIMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name and collar number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the initial password to the user in person; they should change it with File ▸ Change password… when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the case (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::OffencesPage</name>
    <message>
        <source>Offence guide suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOUR (College of Policing): are the behaviours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fixated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Obsessive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unwanted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice of offences (the guide only suggests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason, if different from the guide&apos;s starting point (3.10: why not stalking):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PINs and postal requisitions (3.11, 4.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last recorded by %1 on %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No choice recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Suggestions only: you decide.&lt;/b&gt; Each rests on the facts listed under it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Starting point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Alternative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting (altered behaviour):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Notes&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice recorded; the case&apos;s offences are updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the PIN or requisition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Orders</name>
    <message>
        <source>No contact, directly or indirectly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address not to be attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No publishing about the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other prohibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement (SPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::OrdersPage</name>
    <message>
        <source>Bail conditions, restraining orders and Stalking Protection Orders (protocol 4.11–4.13, section 9). A breach is often evidence of further stalking or harassment: recording one adds it to the course of conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restraining order — protocol 9.1–9.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On conviction (SA 2020 s360) or, where possible, on acquittal (PHA 1997 s5A). Check addresses are still accurate before each hearing (9.2); complete the MG5 notifying the suspect (9.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalking Protection Order application (Stalking Protection Act 2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibitions and requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-charge bail conditions — PACE 1984 s47, protocol 4.11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek the complainant&apos;s views on the conditions; consider the same conditions a restraining order would contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer bail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One condition per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail granted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer bail on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s views on the conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views sought on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bail conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject of the order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected persons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibitions and requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On conviction (SA 2020 s360)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On acquittal (PHA 1997 s5A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until further order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s views (9.2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist services&apos; views (9.2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG5 notification given (9.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft restraining order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SPO application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches — protocol 4.13, 9.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a breach adds an incident to the course of conduct, an action for expeditious and robust action, and prompts a review of the risk assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location, or platform when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was breached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified — enter dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail granted %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restraining order (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalking Protection Order (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — last verified %2: check it is still accurate (9.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not verified (9.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restraining order saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPO application saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail conditions saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach recorded: added to the incidents, an action raised, and the risk assessment is due for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the breach happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach time not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::OrdersService</name>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recorded breach is kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose bail conditions recorded on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach of pre-charge bail conditions granted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an order recorded on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach of restraining order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach of Stalking Protection Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as a breach (protocol 4.13, 9.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: take expeditious and robust action (4.13, 9.5). Consider further offences or an enlarged stalking charge; the Threshold Test may now apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4.13/9.5 breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: review the risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::PasswordDialog</name>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::PasswordHasher</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long; this one has %2. A short phrase of several words is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::PersonDialog</name>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the person (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fore&amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the &amp;complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic ab&amp;use (the suspect is personally connected to the complainant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the complainant wants to be contacted (protocol 6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred means of contact (6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A way to reach the complainant that the suspect cannot see or intercept (protocol 6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;fe means of contact (6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone numbers (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail addresses (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform: handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online hand&amp;les (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicles (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on (9.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person cannot be saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date of birth before 1900 cannot be right: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date of birth of %1 makes this person over 110 years old. Is that right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes this person over 110: check the year, or confirm it when saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy, if it has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relat&amp;ionship ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-defined ethnicity: the 16+1 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicit&amp;y (self-defined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 1&amp;8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of original state&amp;ment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged %1 today, from the date of birth: over 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged %1 today, from the date of birth: under 18</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::PersonMatcher</name>
    <message>
        <source>Phone number %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::PersonRepository</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer recorded on the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::PersonalWordsService</name>
    <message>
        <source>Type the word to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one word at a time, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only letters, apostrophes and hyphens can be in a word (&quot;%1&quot; cannot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An apostrophe or hyphen can only come between two letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to use your own dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Preferences</name>
    <message>
        <source>Review high risk every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review medium risk every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review standard risk every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag submissions waiting longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARAC escalation: police call-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARAC escalation: within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation compares periods of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalating from at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalating when incidents multiply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalating from high-severity behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the marking printed on every page, for example OFFICIAL-SENSITIVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page of every exported document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Anyshire Constabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective &amp;marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document Conduct exports carries the protective marking on each page. Change it from &quot;%1&quot; to &quot;%2&quot;? Documents already exported keep the old marking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::ProfileDialog</name>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::RecordMerge</name>
    <message>
        <source>Crime reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not stalking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fear of violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm or distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altered behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How behaviour altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::RiskAssessmentRepository</name>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk assessment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::RiskAssessmentService</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only versions of the same form on the same case can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory review of a risk assessment (protocol 3.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot %1 a risk assessment that is %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a reassessment instead: it becomes a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a risk screening form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, who started this assessment, can change or submit it. Start your own reassessment if the risk has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain in writing why you graded the risk %1: this form has no score bands, so the level is your professional judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARAC decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this assessment meets the MARAC referral criteria (%1). Record whether the case is referred, with the date and reason (protocol 3.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of the levels of this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the officer&apos;s level, %2. A supervisor may raise the level but not lower it: return the assessment with your reasons instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain why you raised the level to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what the officer must change before resubmitting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::RiskPage</name>
    <message>
        <source>Risk assessments, every version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;DASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;S-DASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SAS&amp;H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pare versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the S-DASH stalking screening: %1 (S-DASH guidance; protocol 3.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DASH question 8 (stalking or harassment) was answered yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the case has %n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 version %2 was due for review on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Review overdue: %1. Reassess the risk (protocol 3.7: kept under constant review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · pack v%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::RolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Security</name>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::SignInDialog</name>
    <message>
        <source>Conduct — create the administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account: it manages accounts and form packs. Tick the roles below if you will also work cases or review risk assessments. There is no default password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and collar number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DS 2290 Alex SPECIMEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name and collar number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also an investigating &amp;officer (works cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a &amp;supervisor (reviews risk assessments, reads the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password: the two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::SpellChecker</name>
    <message>
        <source>spell-checking unavailable: %1 dictionary not found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spell-checking unavailable: the %1 dictionary in %2 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spell-checking unavailable: the %1 dictionary&apos;s character set (%2) is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::SpellingHighlighter</name>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to my dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore in this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own dictionary words could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::SqliteWrites</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: it takes %2 values, and %3 were given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::SupervisorQueue</name>
    <message>
        <source>&lt;p&gt;Completed by %1, submitted %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Score:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;Suggested:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;Officer&apos;s level:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Previous version:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, %2, approved by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rationale:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Answers&lt;/h4&gt;&lt;table cellspacing=0 cellpadding=3 border=1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Incidents on the case (%1)&lt;/h4&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted risk assessments from every case: high risk first, then the longest waiting. Select one and press A to approve or R to return it with your comment (protocol 3.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level a&amp;greed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return for changes (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ OVERDUE – </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing awaits review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) await review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approved %1 version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1 version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charging file awaiting approval (MG3, MG5) – Enter opens it in the case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging file awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging file – %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::TimelineWidget</name>
    <message>
        <source>Timeline of the course of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fear of violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s). Use Left and Right to step through them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Incident %1 of %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violence, damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following, watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled: in person · hollow: online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Urn</name>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URN is required, e.g. 45AA0209820 (force, unit, 5-digit serial, 2-digit year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URN has a 7-digit serial. It is accepted, but check it against the force system: most URNs have 5 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URN. Use 2 digits, 2 letters, a 5-digit serial and a 2-digit year, e.g. 45AA0209820 (spaces, &apos;/&apos; and &apos;-&apos; are ignored).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::UserGuideWindow</name>
    <message>
        <source>Conduct user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in guide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word or phrase; Enter for the next match, Shift+Enter for the previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this copy of Conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links outside the guide are not opened from Conduct: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search wrapped round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::UserRepository</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name, such as the officer&apos;s force login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end of the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name contains an invisible control character. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name and collar number, as printed on forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account at least one role: officer, supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a protected (hashed) password can be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collar or staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::VictimCare</name>
    <message>
        <source>ISAC (Independent Stalking Advocacy Caseworker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDVA (Independent Domestic Violence Advisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISVA (Independent Sexual Violence Advisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YPVA (Young Persons Violence Advisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local support service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens (s23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live link (s24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence in private (s25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal of wigs and gowns (s26)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visually recorded interview (s27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-recorded cross-examination (s28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary (s29)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aids to communication (s30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it aloud in court themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have it read aloud for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the recording played</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::VictimCarePage</name>
    <message>
        <source>Victim and witness care (protocol section 6). Complainants of stalking or harassment are entitled to an enhanced service under the Victims&apos; Code (6.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of contact and means of contact — protocol 6.4, 6.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with the complainant; the SPOC&apos;s identity is shared with the CPS and the Witness Care Unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPOC shared with the CPS and the Witness Care Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of contact (SPOC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach the SPOC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy when the SPOC is away:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with the complainant on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred means of contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe number or method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRR information given on (6.9, after NFA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contact plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact with the complainant, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support referrals — protocol 6.1, 6.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never automatic: a referral is made only with the complainant&apos;s consent. Offer it, and log the offer if it is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant consents to this referral (6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person referred:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special measures — protocol 6.5, 6.6 (MG2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the measures with their advantages and disadvantages; record the complainant&apos;s informed views and any supporter (IDVA, ISVA, YPVA or ISAC) to accompany them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable (YJCEA 1999 s16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intimidated (YJCEA 1999 s17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures discussed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures the witness wants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of eligibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness&apos;s views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter in court or live link room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained to the witness on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update from support service on (6.6):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early special measures meeting (6.6):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save special measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim Personal Statement — protocol 6.7, 6.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a VPS, and an addendum at each significant stage (e.g. after a guilty plea or conviction). If none is taken, the CPS must be told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim Personal Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not / stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPS taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an addendum (6.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not taken, why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In court, the complainant would like to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage (addendum):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add VPS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact added to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special measures saved (they print on the MG2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim Personal Statement recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact time not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::VictimCareService</name>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a complainant of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log entries are kept as written; add a new entry to correct one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::Withdrawal</name>
    <message>
        <source>Not yet decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceed with the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceed without the complainant&apos;s evidence (5.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for a witness summons (5.7, last resort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::WithdrawalPage</name>
    <message>
        <source>When a complainant asks the police not to proceed or withdraws support for a prosecution (protocol 5.3–5.8). Record the statement in the complainant&apos;s own words, in the first person; then the officer&apos;s report and the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complainant withdrawing support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Withdrawal statement — protocol 5.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the complainant&apos;s own words, first person (&quot;I …&quot;). Every point must be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement &amp;taken (date and time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Officer&apos;s report — protocol 5.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s own views. Needed before a decision can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Suspected pressure or fear — protocol 5.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticking this adds an action to investigate and flags the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant may have been &amp;pressurised or is frightened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes you suspect it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Safety enquiries — protocol 5.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required before a witness summons can be chosen: that the safety of the complainant, any children and/or other dependents will not be endangered (sources: police, support organisations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiries made and &amp;findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Decision — protocol 5.6, 5.7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A witness summons (SOCPA 2005 s169) is a last resort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No withdrawal recorded on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with %1 version %2. Decision: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::WithdrawalRepository</name>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This withdrawal is no longer recorded on the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::WithdrawalService</name>
    <message>
        <source>Form pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form pack &quot;%1&quot; is not installed. Ask your administrator to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigate suspected pressure on the complainant (5.5): assess the support offered and whether a specialist support service could make a difference. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5.5 suspected pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant may have been pressurised or be frightened (5.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant must be one of the people of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This withdrawal belongs to another case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::builders</name>
    <message>
        <source>Online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fear of violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm or distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altered behaviour: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altered behaviour: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altered behaviour: not asked (3.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHRONOLOGY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHRONOLOGY OF INCIDENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct layout 1: chronology (no official form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course of conduct: Protection from Harassment Act 1997, s7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offences under consideration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of incidents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recent incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are UK local time (Europe/London). Behaviours marked * are listed in PHA 1997 s2A(3) and indicate stalking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse complainant (s.17(4A) YJCEA 1999; box added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video recorded cross-examination / re-examination (s.28; box added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views on their eligibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views on whether special measures would improve the quality of their evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views on the measure(s) proposed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional information (not on the 2010/11 MG2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named supporter for court or live-link room (protocol 6.5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter or communication needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: %1 assessment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restraining order: information supporting an application (protocol 9.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restraining order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected person(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed prohibitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s views on an order and its terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuation of MG3: Report to Crown Prosecutor for charging decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – continued from MG3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
[Continued on MG3A continuation sheet]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the course of conduct is not stalking (protocol 3.10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (owner: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [done]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RISK ASSESSMENT RECORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct layout 1: risk record (no official form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk screening supplied to the prosecutor at pre-charge (protocol 3.7, 4.5, 5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person assessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;yes&apos; answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARAC referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale for the officer&apos;s level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVIDENCE CHECKLIST STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct layout 1: evidence checklist status (no official form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint NPCC and CPS Stalking or Harassment Evidence Checklist (2018): items provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defendant(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not recorded: date of the original statement]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reasons for withdrawing support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the original complaint was true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether anyone has pressurised the complainant to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who the complainant has discussed the case with or been advised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the complainant is pursuing any civil action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of support (protocol 5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5.4 REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICER&apos;S REPORT ON WITHDRAWAL OF SUPPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct layout 1: protocol 5.4 report (no official form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPCCļPS protocol on stalking and harassment, paragraphs 5.4ĵ.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal statement taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circumstances of the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where support was withdrawn, who was present and who initiated contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous withdrawals or retractions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s report (protocol 5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s views on the case, including the veracity of the statement, any suspicions of witness intimidation or pressure, and a general assessment of the reasons given by the complainant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s views on how the case should be dealt with, including proceeding against the complainant&apos;s wishes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the complainant might react to being compelled to give evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of any identified risks to the safety of the complainant, children or any other person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the support available to the complainant prior to the allegation being retracted or support withdrawn and whether this was a reason for the change in position (ISAC, IDVA, YPVA, ISVA or other support organisation; whether the offer of special measures was made):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether any support organisation assisting the complainant has expressed a view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The likely impact on the complainant and any children/dependents of proceeding or not proceeding with the case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceeding without the complainant&apos;s evidence (protocol 5.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other evidence available to continue without the complainant (999 call, BWV, witnesses, digital):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other events in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course of conduct and escalation (protocol 3.2, 4.14):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: no supporting material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released under investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the markers above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None drafted (the Bail &amp; orders tab drafts one, protocol 9.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts carried from the case record (added; not a box of the MG3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse (protocol 4.3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level approved by a supervisor (protocol 3.7):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk assessment approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches of bail or orders (protocol 4.13):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit (MCA 1980 s127):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge the summary-only offences by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary-only offence chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision as recorded by the police (protocol 4.9):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::bundle</name>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends before its list of entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file claims %1 entries; a bundle has between 1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is cut short: the file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 has a name Conduct does not write (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is cut short: the file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are extra bytes after the last entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Conduct case bundle (it does not start with the bundle marker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle container is version %1; this program reads version %2. Use the Conduct release that wrote it, or a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle uses a protection method (%1) this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than a bundle can be (2 GiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easiest to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside its encryption header: it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation cost in the file is outside what Conduct accepts; the file was not written by Conduct or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase. Enter the passphrase it was exported with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not the one this bundle was exported with. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends before its last encrypted part: it is incomplete (part %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted part %1 has an impossible length: the file is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted part %1 fails its integrity check: the bundle was altered or damaged after it was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are extra bytes after the end of the encrypted bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a whole number; a Conduct bundle states its format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {&quot;name&quot;, &quot;size&quot;, &quot;sha256&quot;} and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed but not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents do not match the SHA-256 in the manifest: the entry was altered or damaged after export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the file but not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is null; a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON text (an object or a list written as a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (use YYYY-MM-DD, e.g. 2026-03-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (use ISO 8601 UTC, e.g. 2026-03-01T14:30:00.000Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SHA-256 hash (64 lower-case hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written as Conduct stores URNs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown member: version %1 of the format has no such list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; it names the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported: this program reads versions %2 to %3. Use a Conduct release that reads version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::bundle::BundleReader</name>
    <message>
        <source>must be the first entry of a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a bundle holds one case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::bundle::Inserter</name>
    <message>
        <source>could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its file could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::bundle::Validator</name>
    <message>
        <source>missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a list (an empty list when there are none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1 id %2, which is not in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the file of any attachment in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field: version %1 of the format has no such field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (write null when there is no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 is used by another record of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its file %1 is not in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the size of %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the SHA-256 of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::cli</name>
    <message>
        <source>Commands (run `conduct COMMAND --help` for each one&apos;s options):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct: stalking and harassment case building for police investigators (NPCC-CPS protocol).

Without a command, opens the application window. By default cases live in
~/.local/share/conduct/conduct/conduct.sqlite (QStandardPaths::AppDataLocation).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (created, mode 0600, if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the example database with a fictional demo case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a command to run without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1. Run conduct --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run conduct --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail commands.

  verify   Check that no audit record was altered, inserted, removed or reordered.
           Exits 0 and prints the number of records when the chain is intact,
           1 naming the first bad record otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to check (default: the standard database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: conduct audit verify --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail of %1 is NOT intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records checked before the fault: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the count and head elsewhere: removing the newest records leaves a shorter chain that still verifies, and only a kept copy reveals it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a complete, consistent copy of a case database (mode 0600). Without -o it goes into the &quot;backups&quot; folder beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to back up (default: the standard database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the backup to &lt;file&gt;, which must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1. Use -o FILE to choose where the backup goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the cases in %1 with the backup %2?
The current file will be kept beside it. Type yes to restore: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces a case database with a backup, after checking the backup. The current database is kept beside it as &lt;name&gt;-before-restore-&lt;time&gt;.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to replace (default: the standard database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation (required when not run on a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one backup file to restore, e.g. conduct restore --db cases.sqlite backups/cases-auto-20250101-090000.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore: this replaces the cases in %1. Add --yes to confirm; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot turn off echo on this terminal, so the password would be shown. Pipe the password on standard input instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--roles: &quot;%1&quot; is not a role. Use officer, supervisor or administrator, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1, the first account, as an administrator (roles: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s user name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has accounts: an administrator&apos;s user name and password are needed on standard input, before the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account commands.

  add   Create an account. Passwords are read from standard input, never from the
        command line. On a database with no accounts, standard input holds the new
        password and the account becomes the administrator. Otherwise it holds an
        administrator&apos;s user name, their password, and the new password, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database (default: the standard database; created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and collar number, as printed on forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated roles: officer, supervisor, administrator (default: officer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: conduct user add --db PATH --name NAME --display &quot;PC 1234 Name&quot; --roles officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is needed. Run conduct user --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: system, light or dark (remembered; also View &gt; Appearance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--appearance: &quot;%1&quot; is not a choice. Use system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run conduct %1 --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: 1 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: %1 is a server store. Back it up on the server with pg_dump (see &quot;Running for a whole unit&quot; in the README); conduct backup copies local database files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: conduct bundle export … or conduct bundle import ….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user: give your user name; the password is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case: give the URN of the case, e.g. --case 45AA0209820.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o: give the bundle file to write, e.g. -o case.conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--justification: say why the case is transferred, e.g. &quot;case moved to West Division&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recipient: say who receives it, e.g. &quot;DC 456 Patel&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1. Use -o FILE for the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-copy: only for conduct bundle import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one bundle file to import, e.g. conduct bundle import case.conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: only for conduct bundle export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run conduct bundle --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case: no case with URN %1 in %2. Check the URN and the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 records, %3 attached files, %4). Recorded in the audit trail as a transfer to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported case %1 (%2 records, %3 attached files) from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a copy of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves one case, with everything attached to it, between Conduct databases.
  conduct bundle export --case URN -o FILE --user NAME --justification TEXT --recipient TEXT
  conduct bundle import FILE --user NAME [--as-copy NEW-URN]
Standard input gives your password, then with --passphrase-stdin the bundle&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the bundle to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database (default: the standard database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name. The password is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the URN of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the bundle file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: why the case is transferred (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: who receives it (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: give the case this new URN (when its URN is already in use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the bundle&apos;s passphrase from standard input, on the line after the password: export encrypts with it, import decrypts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o: give the PDF file to write, e.g. -o mg3.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--justification: say why the documents are disclosed, e.g. &quot;pre-charge file for CPS advice&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recipient: say who receives them, e.g. &quot;CPS Direct&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document: choose %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document: &quot;%1&quot; is not a document; choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document: &quot;all&quot; is the whole charging file; give it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run conduct export --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported. Remove the details from the case, or add --include-confidential once you have confirmed they may be disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded (printed as &quot;%1&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages: %3). Recorded in the audit trail as a disclosure to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes draft case documents (MG forms, risk record, chronology) to a PDF. Exporting is a disclosure: it is recorded in the audit trail with your justification and the recipient. The password is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URN of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document: %1 (&quot;all&quot;: the charging file bundle). Repeat, or separate with commas, for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the documents are disclosed (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives them (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The force name printed on the MG3 and MG11 (default: the application&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protective marking on every page (default: the application&apos;s setting, else OFFICIAL-SENSITIVE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export even though a complainant&apos;s confidential address or phone number appears in a document served on the defence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1. Use -o FILE for the output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 into %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row counts: every table on the server holds as many rows as in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: the chain verifies on the server, %1 records ending in %2, the same as the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 records in %2 s; row counts and the audit chain (%3 records) verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a case database file into a new, empty store on a PostgreSQL server: every table, with its ids and the audit trail unchanged, in one transaction. Then checks that every table holds as many rows as the file and that the audit chain verifies with the same records. The file is only read.

The server&apos;s password comes from ~/.pgpass (or the file PGPASSFILE names); without an entry there you are asked for it. It is never taken from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to copy: sqlite:PATH or PATH (default: the standard database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server store to copy into, which must be new or empty: postgresql://user@host:5432/database?schema=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1. Name the file with --from sqlite:PATH and the server with --to postgresql://….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: %1 is a server store. migrate-store copies a database file: --from sqlite:PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: name the server store to copy into, e.g. --to postgresql://conduct@db.example:5432/conduct?schema=conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: %1 is not a server address. migrate-store copies into PostgreSQL: --to postgresql://user@host:5432/database?schema=NAME. To copy a file, use conduct backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank or staff job title, e.g. DC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collar or staff number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::exportsupport</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the course of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated incidents or events are recorded, so there is nothing to place on a timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tick is one incident, placed at its start: a tall dark red tick has a high-severity behaviour (threats, violence, interference with property, following), a middle blue tick a behaviour listed in PHA 1997 s2A(3), a short grey tick other conduct. Lettered boxes mark events: R risk screening, B bail, O order applied for or made, X breach, C referral or charging decision, W withdrawal of support. Times are UK local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: incidents per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: incidents per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide blue bars: incidents per week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide blue bars: incidents per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow dark red bars: high-severity behaviours (threats, violence, interference with property, following).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents without a date, not charted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents dated in the future (a recording error), not charted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents recorded: %1, between %2 and %3 (%4 of them online).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chronology, with its timeline and escalation chart, sets out every incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not yet written in Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 – not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 – approved by a supervisor on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::logimport</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose which column holds the date of each entry. Nothing can be imported without dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column %2. Choose one of the columns shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already chosen for another field. Use each column once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet rows (%1 separated), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary (an entry starts with each dated line), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From complainant&apos;s log: %1 %2 (exhibit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like an Excel workbook or Word document: save it as &quot;CSV UTF-8&quot; or plain text and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like an old Excel or Word file: save it as &quot;CSV UTF-8&quot; or plain text and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a PDF: add it as an exhibit instead, and type or export the entries as CSV to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file that can be read. Choose the log file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for a complainant&apos;s log. Check that this is the log itself; a log that large should be split into parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Choose the file that holds the complainant&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts like UTF-16 text but is damaged. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file: line %2 holds binary data. Choose the CSV, TSV or text export of the log, not a picture, document or workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> BST (first time round, before the clocks went back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GMT (second time round, after the clocks went back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> read as GMT (the clocks had not yet gone forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> read as BST (the clocks had already gone forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no entries below its column names. Choose the file that holds the complainant&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no date in &quot;%2&quot;. Add the date in the file, or drop the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date Conduct can read. Write it day first, e.g. 03/03/2026 or 3 March 2026, or drop the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only a date if read month first (US style), as %2. Confirm it with the complainant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (month first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file also has month-first (US) dates, so &quot;%1&quot; may be %2 or %3. Choose which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (day first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks went forward that night: %1 did not happen on a London clock. It is read as GMT unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks went back that night: %1 happened twice. Choose which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is in the future. Check the year with the complainant, or drop the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says nothing about what happened. Choose the right column, or drop the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated in the complainant&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry in the review table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last entry has no entry below it to merge with. Select the upper of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is one sentence, so there is nothing to split. Edit it in the incident after importing if it describes two occasions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has no date question to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the readings offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every entry has been dropped, so there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: confirm the date first. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose at least one behaviour (&quot;Other&quot; if none fits).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::logimport::LogImportService</name>
    <message>
        <source>Complainant&apos;s own incident log: %1 (entries imported: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::logimport::ProposedIncident</name>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::needs</name>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the People page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline of circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action date for &quot;%1&quot; (protocol 4.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG2 special measures assessment (protocol 4.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key witness(es) and their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of defendant explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s certification date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special measures assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness for an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: witness&apos;s views on the measures (protocol 6.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: assessing officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: date of assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Withdrawal page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the original statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for withdrawing support (5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the original complaint was true (5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether pressurised to withdraw (5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the complainant discussed the case with (5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether pursuing civil action (5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time and date statement taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s report on withdrawal (5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s views on the case (5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the case should be dealt with (5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction to being compelled to give evidence (5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified risks to safety (5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support available before withdrawal (5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of support organisations (5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact of proceeding or not proceeding (5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Risk page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment (protocol 3.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: officer&apos;s risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: supervisor sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Evidence page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Incidents page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least two incidents (PHA 1997 s7 course of conduct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1: date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1: what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Charging file ▸ MG3 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ethnicity code (16+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: proposed charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Offences page or the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG3 police part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer completing: rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ▸ My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer completing: station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer completing: e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments and approval for referral to CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor who is not the officer in the case approves it from their review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Charging file ▸ Action plan page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Victim care page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Charging file ▸ MG5 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG5 police report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-key witness(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there VRE?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIP testing: tested?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-cons/cautions attached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional cautioning section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s certification: rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s certification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::storecopy</name>
    <message>
        <source>Store copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 refers to itself, so no order of copying satisfies its foreign keys. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables %1 refer to each other in a ring, so no order of copying satisfies their foreign keys. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conduct::uktime</name>
    <message>
        <source>No date was typed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type the year in full, for example 31/03/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date and time: type it as day/month/year and 24-hour time, for example 31/03/2026 23:10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type the time too, for example %1 23:10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not exist in the UK: clocks went forward from 01:00 GMT to 02:00 BST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 happens twice in the UK (the clocks went back from 02:00 BST to 01:00 GMT). Which one: the first %2 (BST, UTC+1) or the second %2 (GMT, UTC+0)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 (BST, UTC+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second %1 (GMT, UTC+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date and the time, for example 31/03/2026 23:10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
