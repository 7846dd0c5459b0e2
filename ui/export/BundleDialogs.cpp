#include "export/BundleDialogs.h"

#include "widgets/FieldErrors.h"
#include "widgets/FileChooser.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace conduct {
namespace {
QString bundleFilter() { return QObject::tr("Conduct case bundles (*.conduct);;All files (*)"); }

// A path field with a Browse… button that asks through files::chooseFile.
QWidget* pathRow(QLineEdit* edit, files::Purpose purpose, const QString& title, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(QObject::tr("&Browse…"), row);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [=] {
        const QString chosen = files::chooseFile(parent, purpose, title, edit->text(), bundleFilter());
        if (!chosen.isEmpty()) edit->setText(chosen);
    });
    return row;
}

QLineEdit* secretEdit(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}
} // namespace

BundleExportDialog::BundleExportDialog(Database& db, const Session& session, qint64 caseId, const QString& urn, QWidget* parent)
    : QDialog(parent), m_service(db, session), m_caseId(caseId)
{
    setWindowTitle(tr("Export case bundle"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Writes case %1 with everything attached to it (people, incidents, assessments, "
                                "checklist, exhibits and their files, orders, withdrawal records and the audit "
                                "records) to one file, for import into another Conduct database. The transfer is "
                                "recorded in the audit trail. The file holds OFFICIAL-SENSITIVE personal data: "
                                "protect it with a passphrase whenever it leaves a secure system.").arg(urn), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    auto* form = new QFormLayout;
    m_path = new QLineEdit(QDir::home().filePath(urn + QStringLiteral(".conduct")), this);
    m_path->setObjectName(QStringLiteral("bundlePath"));
    form->addRow(tr("&File:"), pathRow(m_path, files::Purpose::Save, tr("Export case bundle"), this));
    m_justification = new QLineEdit(this);
    m_justification->setObjectName(QStringLiteral("justification"));
    m_justification->setPlaceholderText(tr("e.g. case moved to West Division"));
    form->addRow(tr("&Justification:"), m_justification);
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("recipient"));
    m_recipient->setPlaceholderText(tr("e.g. DC 456 Patel, West Division"));
    form->addRow(tr("&Recipient:"), m_recipient);
    m_protect = new QCheckBox(tr("&Protect with a passphrase (recommended)"), this);
    m_protect->setObjectName(QStringLiteral("protect"));
    m_protect->setChecked(true);
    form->addRow(QString(), m_protect);
    m_passphrase = secretEdit(this, "passphrase");
    form->addRow(tr("Pass&phrase:"), m_passphrase);
    m_repeat = secretEdit(this, "repeatPassphrase");
    form->addRow(tr("&Type it again:"), m_repeat);
    connect(m_protect, &QCheckBox::toggled, m_passphrase, &QWidget::setEnabled);
    connect(m_protect, &QCheckBox::toggled, m_repeat, &QWidget::setEnabled);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* go = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BundleExportDialog::exportBundle);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void BundleExportDialog::exportBundle()
{
    const bool protect = m_protect->isChecked();
    if (protect && m_passphrase->text() != m_repeat->text()) {
        m_error->showError(Error{tr("Passphrase"), tr("The two passphrases differ. Type the same passphrase in both boxes.")});
        m_repeat->setFocus();
        return;
    }
    auto outcome = m_service.exportCase(m_caseId, {m_path->text().trimmed(), protect ? m_passphrase->text() : QString(),
                                                   {m_justification->text(), m_recipient->text()}});
    if (!outcome.ok()) {
        m_error->showError(outcome.error());
        return;
    }
    m_outcome = outcome.value();
    accept();
}

BundleImportDialog::BundleImportDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_service(db, session)
{
    setWindowTitle(tr("Import case bundle"));
    resize(680, 460);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Adds the case in a bundle file to this database. The whole bundle is checked "
                                "first; the case is imported completely or not at all."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("bundlePath"));
    form->addRow(tr("&File:"), pathRow(m_path, files::Purpose::Open, tr("Import case bundle"), this));
    m_passphrase = secretEdit(this, "passphrase");
    m_passphrase->setPlaceholderText(tr("only if the bundle was protected with one"));
    form->addRow(tr("Pass&phrase:"), m_passphrase);
    m_asCopy = new QCheckBox(tr("Import as a &copy under a new URN"), this);
    m_asCopy->setObjectName(QStringLiteral("asCopy"));
    form->addRow(QString(), m_asCopy);
    m_newUrn = new QLineEdit(this);
    m_newUrn->setObjectName(QStringLiteral("newUrn"));
    m_newUrn->setEnabled(false);
    form->addRow(tr("&New URN:"), m_newUrn);
    connect(m_asCopy, &QCheckBox::toggled, m_newUrn, &QWidget::setEnabled);
    layout->addLayout(form);

    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("bundleOrigin"));
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_origin->setTextFormat(Qt::PlainText);   // names come from the file: never read as markup
    m_origin->hide();
    layout->addWidget(m_origin);
    // A different file or passphrase is a different bundle: check it again before importing.
    connect(m_path, &QLineEdit::textChanged, this, &BundleImportDialog::forgetOrigin);
    connect(m_passphrase, &QLineEdit::textChanged, this, &BundleImportDialog::forgetOrigin);

    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems found in the bundle"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    layout->addWidget(m_problems, 10);
    layout->addStretch(1);   // spare height below the text, not between the fields, while the list is hidden

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_go = buttons->addButton(tr("&Check bundle"), QDialogButtonBox::AcceptRole);
    m_go->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BundleImportDialog::importBundle);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void BundleImportDialog::showProblems(const Error& error)
{
    // BundleReader::summary: the first problem names its field; the others follow, one per line.
    m_problems->clear();
    m_problems->addItem(tr("Nothing was imported. Problems found:"));
    const QStringList lines = error.text().split(u'\n');
    for (const QString& line : lines) m_problems->addItem(line);
    m_problems->show();
}

QString BundleImportDialog::originText() const { return m_checked ? m_origin->text() : QString(); }

void BundleImportDialog::showOrigin(const BundleOrigin& origin)
{
    const bool warn = !origin.isSigned || !origin.trusted;
    m_origin->setText(tr("Case %1, exported by %2.").arg(origin.urn, origin.exportedBy) + QStringLiteral("\n\n")
                      + origin.signatureText() + QStringLiteral("\n\n") + origin.historyText());
    // Amber, like a warning, so an unknown signer is not missed (the text says so too); plain otherwise.
    m_origin->setStyleSheet(warn ? QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #8a6d00; "
                                                  "border-radius: 3px; padding: 6px; }")
                                 : QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 3px; padding: 6px; }"));
    m_origin->show();
    m_problems->hide();
    m_checked = true;
    m_go->setText(tr("&Import this case"));
    m_go->setMinimumWidth(m_go->sizeHint().width());
    // Room for the whole text and the renamed button before the officer reads it.
    layout()->activate();
    if (height() < sizeHint().height()) resize(width(), sizeHint().height());
}

void BundleImportDialog::forgetOrigin()
{
    if (!m_checked) return;
    m_checked = false;
    m_origin->hide();
    m_go->setText(tr("&Check bundle"));
    m_go->setMinimumWidth(0);
}

void BundleImportDialog::importBundle()
{
    const QString path = m_path->text().trimmed();
    const BundleImportRequest request{m_passphrase->text(), m_asCopy->isChecked() ? m_newUrn->text() : QString()};
    if (!m_checked) {
        // First the checks alone, so the officer sees who signed the bundle before anything is added.
        auto origin = m_service.inspectFile(path, request.passphrase);
        if (origin.ok()) {
            showOrigin(origin.value());
            return;
        }
        // Refused: the import itself refuses it too, and records the refusal in the audit trail.
    }
    auto outcome = m_service.importFile(path, request);
    if (!outcome.ok()) {
        forgetOrigin();
        showProblems(outcome.error());
        return;
    }
    m_outcome = outcome.value();
    accept();
}

} // namespace conduct
