#include "security/TrustedKeysDialog.h"

#include "common/UkTime.h"
#include "security/Permissions.h"
#include "security/Signing.h"
#include "widgets/FieldErrors.h"
#include "widgets/Prompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
enum Column { LabelColumn, PurposeColumn, FingerprintColumn, TrustedByColumn, TrustedOnColumn, ColumnCount };
}

TrustedKeysDialog::TrustedKeysDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_service(db), m_session(session),
      m_canManage(PermissionTable::check(session.user.roles, Action::ManageTrustedKeys) == Decision::Allowed)
{
    setObjectName(QStringLiteral("trustedKeysDialog"));
    setWindowTitle(tr("Trusted keys"));
    resize(760, 520);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every case bundle this database exports is signed with its key. When a bundle is imported, "
                                "Conduct shows the signer's fingerprint and warns unless an administrator has marked that "
                                "key trusted here. Trust only removes the warning: approvals in a bundle always arrive as "
                                "history, and a supervisor here reviews the risk again."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    auto* own = new QGroupBox(tr("This database"), this);
    auto* ownForm = new QFormLayout(own);
    m_ownName = new QLineEdit(own);
    m_ownName->setObjectName(QStringLiteral("databaseName"));
    m_ownName->setReadOnly(!m_canManage);
    // In a widget of its own, so the form's label can be its buddy (Alt+N).
    auto* nameBox = new QWidget(own);
    auto* nameRow = new QHBoxLayout(nameBox);
    nameRow->setContentsMargins(0, 0, 0, 0);
    nameRow->addWidget(m_ownName, 1);
    if (m_canManage) {
        auto* rename = new QPushButton(tr("&Rename"), nameBox);
        rename->setObjectName(QStringLiteral("renameDatabaseButton"));
        connect(rename, &QPushButton::clicked, this, &TrustedKeysDialog::renameDatabase);
        nameRow->addWidget(rename);
    }
    ownForm->addRow(tr("&Name:"), nameBox);
    if (auto* label = qobject_cast<QLabel*>(ownForm->labelForField(nameBox))) label->setBuddy(m_ownName);
    m_ownFingerprint = new QLabel(own);
    m_ownFingerprint->setObjectName(QStringLiteral("ownFingerprint"));
    m_ownFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    ownForm->addRow(tr("Fingerprint:"), m_ownFingerprint);
    m_ownKey = new QLineEdit(own);
    m_ownKey->setObjectName(QStringLiteral("ownPublicKey"));
    m_ownKey->setReadOnly(true);
    m_ownKey->setToolTip(tr("Give this to the administrator of a database that receives bundles from here."));
    ownForm->addRow(tr("&Public key:"), m_ownKey);
    layout->addWidget(own);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("trustedKeysTable"));
    m_table->setAccessibleName(tr("Trusted keys of other databases"));
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Trusted for"), tr("Fingerprint"), tr("Trusted by"), tr("On")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(new QLabel(tr("Keys trusted here: other databases' keys for their case bundles, and "
                                    "administrators' keys for audit checkpoints:"), this));
    layout->addWidget(m_table, 1);

    auto* add = new QGroupBox(tr("Trust another database's key"), this);
    auto* addForm = new QFormLayout(add);
    m_newKey = new QLineEdit(add);
    m_newKey->setObjectName(QStringLiteral("newPublicKey"));
    m_newKey->setPlaceholderText(tr("64 hexadecimal digits, from that database's Trusted keys window"));
    addForm->addRow(tr("Public &key:"), m_newKey);
    m_newLabel = new QLineEdit(add);
    m_newLabel->setObjectName(QStringLiteral("newKeyLabel"));
    m_newLabel->setPlaceholderText(tr("whose key it is, e.g. West Division stalking unit"));
    m_newLabel->setMaxLength(maxTrustedKeyLabelLength);
    addForm->addRow(tr("&Label:"), m_newLabel);
    m_newPurpose = new QComboBox(add);
    m_newPurpose->setObjectName(QStringLiteral("newKeyPurpose"));
    for (KeyPurpose purpose : {KeyPurpose::CaseBundles, KeyPurpose::AuditCheckpoints})
        m_newPurpose->addItem(keyPurposeLabel(purpose), int(purpose));
    m_newPurpose->setToolTip(tr("A key trusted for case bundles is never taken as signing audit checkpoints, nor the "
                                "reverse."));
    addForm->addRow(tr("Trusted &for:"), m_newPurpose);
    auto* addButtons = new QHBoxLayout;
    auto* addButton = new QPushButton(tr("&Trust this key"), add);
    addButton->setObjectName(QStringLiteral("addKeyButton"));
    m_remove = new QPushButton(tr("Re&move selected"), add);
    m_remove->setObjectName(QStringLiteral("removeKeyButton"));
    addButtons->addWidget(addButton);
    addButtons->addStretch();
    addButtons->addWidget(m_remove);
    addForm->addRow(addButtons);
    add->setEnabled(m_canManage);
    if (!m_canManage) add->setToolTip(tr("Only administrators can change which keys are trusted."));
    layout->addWidget(add);
    connect(addButton, &QPushButton::clicked, this, &TrustedKeysDialog::addKey);
    connect(m_remove, &QPushButton::clicked, this, &TrustedKeysDialog::removeSelected);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

void TrustedKeysDialog::reload()
{
    auto own = m_service.thisDatabase();
    if (own.ok()) {
        m_ownName->setText(own->name);
        m_ownFingerprint->setText(signing::fingerprint(own->publicKey));
        m_ownKey->setText(QString::fromLatin1(own->publicKey.toHex()));
    } else {
        m_error->showError(own.error());
    }
    auto keys = m_service.list();
    if (!keys.ok()) return m_error->showError(keys.error());
    m_keys = keys.value();
    m_table->setRowCount(int(m_keys.size()));
    for (int row = 0; row < m_keys.size(); ++row) {
        const TrustedKey& k = m_keys[row];
        const QStringList cells{k.label, keyPurposeLabel(k.purpose), signing::fingerprint(k.publicKey), k.trustedByName,
                                uktime::formatDateTime(k.trustedUtc)};
        for (int col = 0; col < cells.size(); ++col) m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeColumnsToContents();
    m_remove->setEnabled(m_canManage && !m_keys.isEmpty());
}

void TrustedKeysDialog::addKey()
{
    auto added = m_service.trust(m_session, m_newKey->text(), m_newLabel->text(),
                                 static_cast<KeyPurpose>(m_newPurpose->currentData().toInt()));
    if (!added.ok()) {
        m_error->showError(added.error());
        (added.error().field == tr("Label") ? m_newLabel : m_newKey)->setFocus();
        return;
    }
    m_error->clearError();
    m_newKey->clear();
    m_newLabel->clear();
    reload();
}

void TrustedKeysDialog::removeSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return m_error->showError(Error{tr("Trusted keys"), tr("Select the key to remove first.")});
    const TrustedKey key = m_keys.value(rows.first().row());
    if (prompts::ask(this, tr("Remove trusted key"),
                     tr("Stop trusting the key of \"%1\" (%2)? Bundles it signs will import with a warning.")
                         .arg(key.label, signing::fingerprint(key.publicKey)),
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (Status s = m_service.remove(m_session, key.publicKey); !s.ok()) return m_error->showError(s.error());
    m_error->clearError();
    reload();
}

void TrustedKeysDialog::renameDatabase()
{
    if (Status s = m_service.renameThisDatabase(m_session, m_ownName->text()); !s.ok()) return m_error->showError(s.error());
    m_error->clearError();
    reload();
}

} // namespace conduct
