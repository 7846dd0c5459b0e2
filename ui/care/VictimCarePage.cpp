#include "care/VictimCarePage.h"

#include "care/Mg2DetailsEditor.h"
#include "common/UkTime.h"
#include "widgets/DateField.h"
#include "widgets/DateTimeField.h"

#include "widgets/FieldErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
QListWidget* measureList(const QString& objectName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    for (SpecialMeasure m : allSpecialMeasures()) {
        auto* item = new QListWidgetItem(specialMeasureLabel(m), list);
        item->setData(Qt::UserRole, int(m));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * int(allSpecialMeasures().size()) + 6);
    return list;
}

QList<SpecialMeasure> checkedMeasures(const QListWidget* list)
{
    QList<SpecialMeasure> out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked) out.append(SpecialMeasure(list->item(i)->data(Qt::UserRole).toInt()));
    return out;
}

void checkMeasures(QListWidget* list, const QList<SpecialMeasure>& measures)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(measures.contains(SpecialMeasure(list->item(i)->data(Qt::UserRole).toInt())) ? Qt::Checked
                                                                                                                   : Qt::Unchecked);
}

QPushButton* buttonRow(QVBoxLayout* layout, const QString& text, const QString& objectName, QWidget* parent)
{
    auto* row = new QHBoxLayout;
    row->addStretch();
    auto* button = makeActionButton(text, objectName, parent);
    row->addWidget(button);
    layout->addLayout(row);
    return button;
}
} // namespace

VictimCarePage::VictimCarePage(Database& db, const Session& session, const QString& justification, QWidget* parent)
    : CarePage(QStringLiteral("victimCarePage"),
               tr("Victim and witness care (protocol section 6). Complainants of stalking or harassment are entitled to an enhanced "
                  "service under the Victims' Code (6.3)."),
               parent),
      m_service(db, session)
{
    m_service.setAccessJustification(justification);
    buildPlan();
    buildContacts();
    buildReferrals();
    buildSpecialMeasures();
    buildVps();
    addStretch();
}

void VictimCarePage::buildPlan()
{
    auto* box = addSection(QStringLiteral("carePlanSection"), tr("Point of contact and means of contact — protocol 6.4, 6.9"),
                           tr("Agreed with the complainant; the SPOC's identity is shared with the CPS and the Witness Care Unit."));
    auto* form = addForm(sectionLayout(box));
    m_planComplainant = new QComboBox(box);
    m_planComplainant->setObjectName(QStringLiteral("planComplainant"));
    m_spoc = makeLine(QStringLiteral("spocName"), box);
    m_spocContact = makeLine(QStringLiteral("spocContact"), box);
    m_deputy = makeLine(QStringLiteral("deputySpoc"), box);
    m_agreedOn = new DateField(QStringLiteral("spocAgreedOn"), box);
    m_shared = new QCheckBox(tr("SPOC shared with the CPS and the Witness Care Unit"), box);
    m_shared->setObjectName(QStringLiteral("spocShared"));
    m_preferred = makeLine(QStringLiteral("preferredContact"), box);
    m_safe = makeLine(QStringLiteral("safeContact"), box);
    m_vrrOn = new DateField(QStringLiteral("vrrGivenOn"), box);
    addLabelledRow(form, tr("Complainant:"), m_planComplainant);
    addLabelledRow(form, tr("Point of contact (SPOC):"), m_spoc);
    addLabelledRow(form, tr("How to reach the SPOC:"), m_spocContact);
    addLabelledRow(form, tr("Deputy when the SPOC is away:"), m_deputy);
    addLabelledRow(form, tr("Agreed with the complainant on:"), m_agreedOn);
    form->addRow(m_shared);
    addLabelledRow(form, tr("Preferred means of contact:"), m_preferred);
    addLabelledRow(form, tr("Safe number or method:"), m_safe);
    addLabelledRow(form, tr("VRR information given on (6.9, after NFA or discontinuance):"), m_vrrOn);
    connect(buttonRow(sectionLayout(box), tr("Save contact plan"), QStringLiteral("savePlanButton"), box), &QPushButton::clicked, this,
            &VictimCarePage::savePlan);
}

void VictimCarePage::buildContacts()
{
    auto* box = addSection(QStringLiteral("contactLogSection"), tr("Contact log"), tr("Every contact with the complainant, newest first."));
    m_contacts = makeCareTable(QStringLiteral("contactTable"), tr("Contact log"), {tr("When"), tr("Who"), tr("Method"), tr("By whom"), tr("Summary")}, box);
    sectionLayout(box)->addWidget(m_contacts);
    auto* grid = new QGridLayout;
    m_contactPerson = new QComboBox(box);
    m_contactPerson->setObjectName(QStringLiteral("contactPerson"));
    m_contactPerson->setAccessibleName(tr("Person contacted"));
    m_contactAt = new DateTimeField(QStringLiteral("contactAt"), box);
    m_contactAt->setAccessibleName(tr("Contact date"));
    m_contactAt->setRequired(true);
    m_contactAt->offerTimeNotKnown(QStringLiteral("contactTimeNotKnown"))->setAccessibleName(tr("Contact time not known"));
    m_contactMethod = new QComboBox(box);
    m_contactMethod->setObjectName(QStringLiteral("contactMethod"));
    m_contactMethod->setEditable(true);
    m_contactMethod->addItems({tr("Telephone"), tr("Text message"), tr("Email"), tr("In person"), tr("Letter")});
    m_contactMethod->setAccessibleName(tr("Method"));
    m_contactBy = makeLine(QStringLiteral("contactBy"), box);
    m_contactBy->setPlaceholderText(tr("By whom"));
    m_contactBy->setAccessibleName(tr("By whom"));
    m_contactSummary = makeLine(QStringLiteral("contactSummary"), box);
    m_contactSummary->setPlaceholderText(tr("Summary of the contact"));
    m_contactSummary->setAccessibleName(tr("Summary"));
    grid->addWidget(m_contactAt, 0, 0);
    grid->addWidget(m_contactPerson, 0, 1);
    grid->addWidget(m_contactMethod, 0, 2);
    grid->addWidget(m_contactBy, 0, 3);
    grid->addWidget(m_contactSummary, 1, 0, 1, 3);
    auto* add = makeActionButton(tr("Add to log"), QStringLiteral("addContactButton"), box);
    grid->addWidget(add, 1, 3);
    sectionLayout(box)->addLayout(grid);
    connect(add, &QPushButton::clicked, this, &VictimCarePage::addContact);
}

void VictimCarePage::buildReferrals()
{
    auto* box = addSection(QStringLiteral("referralSection"), tr("Support referrals — protocol 6.1, 6.2"),
                           tr("Never automatic: a referral is made only with the complainant's consent. Offer it, and record the "
                              "offer as declined, with the date, if the complainant says no."));
    m_referrals = makeCareTable(QStringLiteral("referralTable"), tr("Support referrals"),
                                {tr("Service"), tr("Organisation"), tr("Who"), tr("Consent given"), tr("Referred on")}, box);
    sectionLayout(box)->addWidget(m_referrals);
    auto* form = addForm(sectionLayout(box));
    m_referralPerson = new QComboBox(box);
    m_referralPerson->setObjectName(QStringLiteral("referralPerson"));
    m_referralService = new QComboBox(box);
    m_referralService->setObjectName(QStringLiteral("referralService"));
    for (SupportService s : allSupportServices()) m_referralService->addItem(supportServiceLabel(s), int(s));
    m_referralOrganisation = makeLine(QStringLiteral("referralOrganisation"), box);
    m_referralConsent = new QCheckBox(tr("The complainant consents to this referral (6.1)"), box);
    m_referralConsent->setObjectName(QStringLiteral("referralConsent"));
    m_consentOn = new DateField(QStringLiteral("consentOn"), box);
    m_referredOn = new DateField(QStringLiteral("referredOn"), box);
    addLabelledRow(form, tr("Person referred:"), m_referralPerson);
    addLabelledRow(form, tr("Service:"), m_referralService);
    addLabelledRow(form, tr("Organisation:"), m_referralOrganisation);
    form->addRow(m_referralConsent);
    addLabelledRow(form, tr("Consent given on:"), m_consentOn);
    addLabelledRow(form, tr("Referred on:"), m_referredOn);
    m_referralDeclined = new QCheckBox(tr("The complainant declined the offer"), box);
    m_referralDeclined->setObjectName(QStringLiteral("referralDeclined"));
    m_declinedOn = new DateField(QStringLiteral("declinedOn"), box);
    form->addRow(m_referralDeclined);
    addLabelledRow(form, tr("Declined on:"), m_declinedOn);
    // Consent and a refusal exclude each other; ticking one clears the other.
    connect(m_referralDeclined, &QCheckBox::toggled, this, [this](bool declined) {
        if (declined) m_referralConsent->setChecked(false);
    });
    connect(m_referralConsent, &QCheckBox::toggled, this, [this](bool consent) {
        if (consent) m_referralDeclined->setChecked(false);
    });
    connect(buttonRow(sectionLayout(box), tr("Record referral"), QStringLiteral("addReferralButton"), box), &QPushButton::clicked, this,
            &VictimCarePage::addReferral);
}

void VictimCarePage::buildSpecialMeasures()
{
    auto* box = addSection(QStringLiteral("specialMeasuresSection"), tr("Special measures — protocol 6.5, 6.6 (MG2)"),
                           tr("Explain the measures with their advantages and disadvantages; record the complainant's informed views "
                              "and any supporter (IDVA, ISVA, YPVA or ISAC) to accompany them."));
    auto* form = addForm(sectionLayout(box));
    m_measuresPerson = new QComboBox(box);
    m_measuresPerson->setObjectName(QStringLiteral("measuresPerson"));
    m_vulnerable = new QCheckBox(tr("Vulnerable (YJCEA 1999 s16)"), box);
    m_vulnerable->setObjectName(QStringLiteral("eligibleVulnerable"));
    m_intimidated = new QCheckBox(tr("Intimidated (YJCEA 1999 s17)"), box);
    m_intimidated->setObjectName(QStringLiteral("eligibleIntimidated"));
    auto* eligibility = new QHBoxLayout;
    eligibility->addWidget(m_vulnerable);
    eligibility->addWidget(m_intimidated);
    eligibility->addStretch();
    m_eligibility = makeText(QStringLiteral("eligibilityEvidence"), box, 2);
    auto* lists = new QHBoxLayout;
    auto* discussedBox = new QVBoxLayout;
    discussedBox->addWidget(new QLabel(tr("Measures discussed:"), box));
    m_discussed = measureList(QStringLiteral("measuresDiscussed"), box);
    m_discussed->setAccessibleName(tr("Measures discussed"));
    discussedBox->addWidget(m_discussed);
    auto* wantedBox = new QVBoxLayout;
    wantedBox->addWidget(new QLabel(tr("Measures the witness wants:"), box));
    m_wanted = measureList(QStringLiteral("measuresWanted"), box);
    m_wanted->setAccessibleName(tr("Measures wanted"));
    wantedBox->addWidget(m_wanted);
    lists->addLayout(discussedBox);
    lists->addLayout(wantedBox);
    m_views = makeText(QStringLiteral("measuresViews"), box, 2);
    m_supporter = makeLine(QStringLiteral("supporter"), box);
    m_discussedOn = new DateField(QStringLiteral("measuresDiscussedOn"), box);
    m_meetingOn = new DateField(QStringLiteral("earlyMeetingOn"), box);
    m_supportUpdateOn = new DateField(QStringLiteral("supportUpdateOn"), box);
    addLabelledRow(form, tr("Witness:"), m_measuresPerson);
    form->addRow(tr("Eligibility:"), eligibility);
    addLabelledRow(form, tr("Evidence of eligibility:"), m_eligibility);
    form->addRow(lists);
    addLabelledRow(form, tr("Witness's views:"), m_views);
    addLabelledRow(form, tr("Supporter in court or live link room:"), m_supporter);
    addLabelledRow(form, tr("Explained to the witness on:"), m_discussedOn);
    addLabelledRow(form, tr("Update from support service on (6.6):"), m_supportUpdateOn);
    addLabelledRow(form, tr("Early special measures meeting (6.6):"), m_meetingOn);
    m_mg2 = new Mg2DetailsEditor(form, box);
    connect(buttonRow(sectionLayout(box), tr("Save special measures"), QStringLiteral("saveMeasuresButton"), box), &QPushButton::clicked,
            this, &VictimCarePage::saveSpecialMeasures);
}

void VictimCarePage::buildVps()
{
    auto* box = addSection(QStringLiteral("vpsSection"), tr("Victim Personal Statement — protocol 6.7, 6.8"),
                           tr("Offer a VPS, and an addendum at each significant stage (e.g. after a guilty plea or conviction). "
                              "If none is taken, the CPS must be told why."));
    m_vpsTable = makeCareTable(QStringLiteral("vpsTable"), tr("Victim Personal Statements"),
                               {tr("Kind"), tr("Offered"), tr("Taken"), tr("Date"), tr("In court"), tr("Why not / stage")}, box);
    sectionLayout(box)->addWidget(m_vpsTable);
    auto* form = addForm(sectionLayout(box));
    m_vpsTaken = new QCheckBox(tr("VPS taken"), box);
    m_vpsTaken->setObjectName(QStringLiteral("vpsTaken"));
    m_vpsTaken->setChecked(true);
    m_vpsOn = new DateField(QStringLiteral("vpsTakenOn"), box);
    m_vpsOfferedOn = new DateField(QStringLiteral("vpsOfferedOn"), box);
    m_vpsWhyNot = makeLine(QStringLiteral("vpsWhyNot"), box);
    m_vpsPreference = new QComboBox(box);
    m_vpsPreference->setObjectName(QStringLiteral("vpsPreference"));
    for (VpsPreference p : allVpsPreferences()) m_vpsPreference->addItem(vpsPreferenceLabel(p), int(p));
    m_vpsAddendum = new QCheckBox(tr("This is an addendum (6.8)"), box);
    m_vpsAddendum->setObjectName(QStringLiteral("vpsAddendum"));
    m_vpsStage = makeLine(QStringLiteral("vpsStage"), box);
    addLabelledRow(form, tr("Offered on (6.7):"), m_vpsOfferedOn);
    form->addRow(m_vpsTaken);
    addLabelledRow(form, tr("Taken on:"), m_vpsOn);
    addLabelledRow(form, tr("If not taken, why:"), m_vpsWhyNot);
    addLabelledRow(form, tr("In court, the complainant would like to:"), m_vpsPreference);
    form->addRow(m_vpsAddendum);
    addLabelledRow(form, tr("Stage (addendum):"), m_vpsStage);
    connect(buttonRow(sectionLayout(box), tr("Add VPS record"), QStringLiteral("addVpsButton"), box), &QPushButton::clicked, this,
            &VictimCarePage::addVps);
}

void VictimCarePage::setCase(const CaseDetail& detail)
{
    const bool keepEdits = detail.caseRecord.id == m_caseId && hasUnsavedEdits();
    m_caseId = detail.caseRecord.id;
    m_people = detail.people;
    fillPeople(m_planComplainant, m_people, {PersonRole::Complainant});
    fillPeople(m_contactPerson, m_people, {PersonRole::Complainant, PersonRole::Witness});
    fillPeople(m_referralPerson, m_people, {PersonRole::Complainant, PersonRole::Witness});
    fillPeople(m_measuresPerson, m_people, {PersonRole::Complainant, PersonRole::Witness});
    if (keepEdits) return;   // unsaved typing wins over a refresh of the case
    m_contactAt->setUtc(uktime::nowUtcToTheMinute());
    if (m_contactBy->text().isEmpty()) m_contactBy->setText(detail.caseRecord.officerInCase);
    clearMessages();
    reloadRecords();
}

void VictimCarePage::reloadRecords()
{
    auto loaded = m_service.load(m_caseId);
    if (!loaded.ok()) {
        report(loaded.error(), {});
        return;
    }
    m_records = loaded.value();
    if (m_records.plan) {
        const CarePlan& p = *m_records.plan;
        selectId(m_planComplainant, p.complainantId);
        m_spoc->setText(p.spocName);
        m_spocContact->setText(p.spocContact);
        m_deputy->setText(p.deputySpoc);
        m_agreedOn->setDate(p.agreedOn);
        m_shared->setChecked(p.sharedWithCpsAndWcu);
        m_preferred->setText(p.preferredContact);
        m_safe->setText(p.safeContact);
        m_vrrOn->setDate(p.vrrInformationGivenOn);
    } else {
        for (const Person& person : m_people)
            if (person.id == currentId(m_planComplainant)) {
                m_preferred->setText(person.preferredContact);
                m_safe->setText(person.safeContact);
            }
    }
    m_contacts->setRowCount(int(m_records.contacts.size()));
    for (int row = 0; row < m_records.contacts.size(); ++row) {
        const ContactEntry& c = m_records.contacts[row];
        setRow(m_contacts, row, {c.timeKnown ? shortDateTime(c.contactUtc) : uktime::formatDateOnly(c.contactUtc), nameOf(m_people, c.personId), c.method, c.byWhom, c.summary});
    }
    m_referrals->setRowCount(int(m_records.referrals.size()));
    for (int row = 0; row < m_records.referrals.size(); ++row) {
        const SupportReferral& r = m_records.referrals[row];
        setRow(m_referrals, row, {supportServiceLabel(r.service), r.organisation, nameOf(m_people, r.personId),
                                  r.declined ? tr("Declined %1").arg(shortDate(r.declinedOn)) : shortDate(r.consentOn),
                                  shortDate(r.referredOn)});
    }
    if (!m_records.specialMeasures.isEmpty()) {
        const SpecialMeasuresRecord& m = m_records.specialMeasures.last();
        selectId(m_measuresPerson, m.personId);
        m_vulnerable->setChecked(m.vulnerable);
        m_intimidated->setChecked(m.intimidated);
        m_eligibility->setPlainText(m.eligibilityEvidence);
        checkMeasures(m_discussed, m.measuresDiscussed);
        checkMeasures(m_wanted, m.measuresWanted);
        m_views->setPlainText(m.complainantViews);
        m_supporter->setText(m.supporter);
        m_discussedOn->setDate(m.discussedOn);
        m_meetingOn->setDate(m.earlyMeetingOn);
        m_supportUpdateOn->setDate(m.supportServiceUpdateOn);
        m_mg2->load(m);
    }
    m_vpsTable->setRowCount(int(m_records.statements.size()));
    for (int row = 0; row < m_records.statements.size(); ++row) {
        const VictimPersonalStatement& v = m_records.statements[row];
        setRow(m_vpsTable, row, {v.addendum ? tr("Addendum") : tr("VPS"), shortDate(v.offeredOn), v.taken ? tr("Yes") : tr("No"),
                                 shortDate(v.takenOn),
                                 vpsPreferenceLabel(v.preference), v.taken ? v.stage : v.whyNotTaken});
    }
    for (QTableWidget* t : {m_contacts, m_referrals, m_vpsTable}) t->resizeColumnsToContents();
    markClean();
}

bool VictimCarePage::finish(const Status& outcome, const QString& savedText)
{
    if (!report(outcome, savedText)) return false;
    reloadRecords();
    emit changed();
    return true;
}

bool VictimCarePage::savePlan()
{
    if (Status dates = DateEntry::commitAll({m_agreedOn, m_vrrOn}); !dates.ok()) return report(dates, {});
    CarePlan p = m_records.plan.value_or(CarePlan{});
    p.caseId = m_caseId;
    p.complainantId = currentId(m_planComplainant);
    p.spocName = m_spoc->text().trimmed();
    p.spocContact = m_spocContact->text().trimmed();
    p.deputySpoc = m_deputy->text().trimmed();
    p.agreedOn = m_agreedOn->date();
    p.sharedWithCpsAndWcu = m_shared->isChecked();
    p.preferredContact = m_preferred->text().trimmed();
    p.safeContact = m_safe->text().trimmed();
    p.vrrInformationGivenOn = m_vrrOn->date();
    auto saved = m_service.savePlan(p);
    return finish(saved.ok() ? Status{} : Status{saved.error()}, tr("Contact plan saved."));
}

bool VictimCarePage::addContact()
{
    if (Status dates = DateEntry::commitAll({m_contactAt}); !dates.ok()) return report(dates, {});
    ContactEntry c;
    c.caseId = m_caseId;
    c.personId = currentId(m_contactPerson);
    c.contactUtc = m_contactAt->utc();
    c.timeKnown = m_contactAt->timeKnown();
    c.method = m_contactMethod->currentText().trimmed();
    c.byWhom = m_contactBy->text().trimmed();
    c.summary = m_contactSummary->text().trimmed();
    auto saved = m_service.logContact(c);
    if (saved.ok()) m_contactSummary->clear();
    return finish(saved.ok() ? Status{} : Status{saved.error()}, tr("Contact added to the log."));
}

bool VictimCarePage::addReferral()
{
    if (Status dates = DateEntry::commitAll({m_consentOn, m_referredOn, m_declinedOn}); !dates.ok()) return report(dates, {});
    SupportReferral r;
    r.caseId = m_caseId;
    r.personId = currentId(m_referralPerson);
    r.service = SupportService(m_referralService->currentData().toInt());
    r.organisation = m_referralOrganisation->text().trimmed();
    r.consent = m_referralConsent->isChecked();
    r.consentOn = m_consentOn->date();
    r.referredOn = m_referredOn->date();
    r.declined = m_referralDeclined->isChecked();
    r.declinedOn = m_declinedOn->date();
    if (r.declined) r.consentOn = {};   // a date typed before the refusal was ticked is not a consent
    auto saved = m_service.saveReferral(r);
    if (saved.ok()) {
        m_referralOrganisation->clear();
        m_referralConsent->setChecked(false);
        m_referralDeclined->setChecked(false);
        m_declinedOn->setDate({});
    }
    return finish(saved.ok() ? Status{} : Status{saved.error()},
                  r.declined ? tr("The declined offer is recorded.") : tr("Referral recorded."));
}

bool VictimCarePage::saveSpecialMeasures()
{
    if (Status dates = DateEntry::commitAll({m_discussedOn, m_meetingOn, m_supportUpdateOn}); !dates.ok()) return report(dates, {});
    SpecialMeasuresRecord m;
    for (const SpecialMeasuresRecord& existing : m_records.specialMeasures)
        if (existing.personId == currentId(m_measuresPerson)) m = existing;
    m.caseId = m_caseId;
    m.personId = currentId(m_measuresPerson);
    m.vulnerable = m_vulnerable->isChecked();
    m.intimidated = m_intimidated->isChecked();
    m.eligibilityEvidence = m_eligibility->toPlainText().trimmed();
    m.measuresDiscussed = checkedMeasures(m_discussed);
    m.measuresWanted = checkedMeasures(m_wanted);
    m.complainantViews = m_views->toPlainText().trimmed();
    m.supporter = m_supporter->text().trimmed();
    m.discussedOn = m_discussedOn->date();
    m.earlyMeetingOn = m_meetingOn->date();
    m.supportServiceUpdateOn = m_supportUpdateOn->date();
    m_mg2->store(m);
    auto saved = m_service.saveSpecialMeasures(m);
    return finish(saved.ok() ? Status{} : Status{saved.error()}, tr("Special measures saved (they print on the MG2)."));
}

bool VictimCarePage::addVps()
{
    if (Status dates = DateEntry::commitAll({m_vpsOn, m_vpsOfferedOn}); !dates.ok()) return report(dates, {});
    VictimPersonalStatement v;
    v.caseId = m_caseId;
    v.personId = currentId(m_planComplainant);
    v.taken = m_vpsTaken->isChecked();
    v.takenOn = m_vpsOn->date();
    v.offeredOn = m_vpsOfferedOn->date();
    v.whyNotTaken = m_vpsWhyNot->text().trimmed();
    v.preference = VpsPreference(m_vpsPreference->currentData().toInt());
    v.addendum = m_vpsAddendum->isChecked();
    v.stage = m_vpsStage->text().trimmed();
    auto saved = m_service.saveVps(v);
    return finish(saved.ok() ? Status{} : Status{saved.error()}, tr("Victim Personal Statement recorded."));
}

} // namespace conduct
