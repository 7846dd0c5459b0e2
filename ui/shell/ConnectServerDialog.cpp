#include "shell/ConnectServerDialog.h"

#include "shell/OpenStoreDialog.h"
#include "store/ConnectionSecurity.h"
#include "store/PostgresLocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace conduct {
namespace {
// libpq's sslmode values in plain words, safest first ("allow" is left out: it is "prefer" in
// reverse, and no unit needs it). The data is the sslmode written into the address.
struct EncryptionChoice {
    const char* sslMode;
    const char* words;
};
const EncryptionChoice encryptionChoices[] = {
    {"verify-full", QT_TRANSLATE_NOOP("conduct::ConnectServerDialog", "Encrypted, server verified (recommended)")},
    {"verify-ca", QT_TRANSLATE_NOOP("conduct::ConnectServerDialog", "Encrypted, server's certificate checked but not its name")},
    {"require", QT_TRANSLATE_NOOP("conduct::ConnectServerDialog", "Encrypted, server not verified")},
    {"prefer", QT_TRANSLATE_NOOP("conduct::ConnectServerDialog", "Encrypted if the server offers it")},
    {"disable", QT_TRANSLATE_NOOP("conduct::ConnectServerDialog", "Not encrypted")},
};
} // namespace

ConnectServerDialog::ConnectServerDialog(const QString& startupLockedBy, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(tr("Connect to server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Your unit's server, as your IT service desk gave it. The password is asked for when "
                                "you connect, unless this desk's ~/.pgpass holds it."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto field = [&](QLineEdit*& edit, const char* name, const QString& label, const QString& placeholder) {
        edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(label, edit);
    };
    field(m_host, "serverHost", tr("&Server:"), tr("db.unit.police.uk, or two names separated by a comma"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setAccessibleName(tr("Port"));
    form->addRow(tr("&Port:"), m_port);
    field(m_databaseName, "serverDatabase", tr("&Database:"), tr("conduct"));
    field(m_user, "serverUser", tr("&User:"), tr("empty: your computer login name"));
    field(m_schema, "serverSchema", tr("S&chema:"), tr("empty unless your IT service desk gave one"));

    m_encryption = new QComboBox(this);
    m_encryption->setObjectName(QStringLiteral("serverEncryption"));
    m_encryption->setAccessibleName(tr("Encryption"));
    for (const EncryptionChoice& choice : encryptionChoices)
        m_encryption->addItem(tr(choice.words), QString::fromLatin1(choice.sslMode));
    form->addRow(tr("&Encryption:"), m_encryption);
    // Only a choice the officer made stays put; otherwise the host decides (PostgresLocation.h).
    connect(m_encryption, &QComboBox::activated, this, [this] { m_encryptionChosen = true; });
    connect(m_host, &QLineEdit::textChanged, this, &ConnectServerDialog::followHost);

    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("serverCaFile"));
    m_caFile->setAccessibleName(tr("CA file"));
    m_caFile->setPlaceholderText(tr("empty: ~/.postgresql/root.crt"));
    auto* chooseCa = new QPushButton(tr("C&hoose…"), this);
    chooseCa->setObjectName(QStringLiteral("chooseCaFileButton"));
    connect(chooseCa, &QPushButton::clicked, this, &ConnectServerDialog::chooseCaFile);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(chooseCa);
    form->addRow(tr("C&A file on this desk:"), caRow);
    qobject_cast<QLabel*>(form->labelForField(caRow))->setBuddy(m_caFile);
    layout->addLayout(form);

    m_openAtStart = new QCheckBox(tr("&Open this server when Conduct starts"), this);
    m_openAtStart->setObjectName(QStringLiteral("openAtStartCheck"));
    if (!startupLockedBy.isEmpty()) {
        m_openAtStart->setEnabled(false);
        m_openAtStart->setToolTip(tr("Your administrator has set the server Conduct opens at start (%1).").arg(startupLockedBy));
    }
    layout->addWidget(m_openAtStart);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("connectResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_result);

    // Test connection apart, on the left: it tries, where the box's buttons end the dialog.
    auto* buttonRow = new QHBoxLayout;
    auto* test = new QPushButton(tr("&Test connection"), this);
    test->setObjectName(QStringLiteral("testConnectionButton"));
    test->setAutoDefault(false);
    buttonRow->addWidget(test);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttonRow->addWidget(buttons, 1);
    QPushButton* connectButton = buttons->addButton(tr("Co&nnect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    connect(test, &QPushButton::clicked, this, &ConnectServerDialog::testConnection);
    // Accepted only once the store is open; a refusal stays in the dialog to be fixed.
    connect(connectButton, &QPushButton::clicked, this, &ConnectServerDialog::connectToServer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addLayout(buttonRow);
    setMinimumWidth(560);
    followHost();
}

Result<QString> ConnectServerDialog::address() const
{
    const QString host = m_host->text().trimmed().remove(QLatin1Char(' '));
    if (host.isEmpty()) return fieldError(tr("Server"), tr("Enter the server's name, as your IT service desk gave it."));
    if (m_databaseName->text().trimmed().isEmpty())
        return fieldError(tr("Database"), tr("Enter the database's name, as your IT service desk gave it."));
    QString text = QStringLiteral("postgresql://");
    if (!m_user->text().trimmed().isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(m_user->text().trimmed())) + QLatin1Char('@');
    QStringList hosts;
    for (const QString& one : host.split(QLatin1Char(','), Qt::SkipEmptyParts))
        hosts.append(one + QLatin1Char(':') + QString::number(m_port->value()));
    text += hosts.join(QLatin1Char(',')) + QLatin1Char('/') +
            QString::fromUtf8(QUrl::toPercentEncoding(m_databaseName->text().trimmed()));
    QStringList settings = {QStringLiteral("sslmode=") + m_encryption->currentData().toString()};
    if (!m_schema->text().trimmed().isEmpty()) settings.append(QStringLiteral("schema=") + m_schema->text().trimmed());
    if (!m_caFile->text().trimmed().isEmpty())
        settings.append(QStringLiteral("sslrootcert=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(m_caFile->text().trimmed(), "/")));
    if (hosts.size() > 1) settings.append(QStringLiteral("target_session_attrs=read-write"));   // the primary, wherever it is
    // Parsed as any address is, so its checks and wording apply; kept in the parser's own form.
    auto location = parsePostgresAddress(text + QLatin1Char('?') + settings.join(QLatin1Char('&')));
    if (!location.ok()) return location.error();
    return location->displayText();
}

bool ConnectServerDialog::openAtStart() const { return m_openAtStart->isEnabled() && m_openAtStart->isChecked(); }

void ConnectServerDialog::followHost()
{
    if (m_encryptionChosen) return;
    const QString host = m_host->text().trimmed().remove(QLatin1Char(' '));
    const int index = m_encryption->findData(defaultSslModeFor(host.isEmpty() ? QStringLiteral("remote") : host));
    m_encryption->setCurrentIndex(index);
}

void ConnectServerDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("The unit's CA certificate on this desk"),
                                                      m_caFile->text().isEmpty() ? QStringLiteral("/etc") : m_caFile->text(),
                                                      tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!file.isEmpty()) m_caFile->setText(file);
}

void ConnectServerDialog::showResult(const QString& text, bool refused)
{
    m_result->setText(text);
    m_result->setStyleSheet(refused ? QStringLiteral("color: #ffffff; background-color: #a4262c; padding: 6px;")
                                    : QStringLiteral("padding: 6px;"));
    // A long refusal wraps onto more lines than the dialog was laid out for: grow to show it whole.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height()) resize(width(), needed);
}

void ConnectServerDialog::testConnection()
{
    auto where = address();
    if (!where.ok()) return showResult(where.error().text(), true);
    showResult(tr("Connecting to %1…").arg(where.value()), false);
    m_result->repaint();
    // Read-only and never creating anything: a test leaves no trace on the server.
    auto opened = openStoreInteractively(where.value(), this, {.readOnly = true, .createIfMissing = false});
    if (!opened.ok()) return showResult(opened.error().message, true);
    auto security = connectionSecurity(*opened.value());
    const QString how = security.ok() ? security->statusText : QString();
    showResult(tr("Connected: %1 holds a Conduct store. %2.").arg(where.value(), how), security.ok() && security->isWarning());
}

void ConnectServerDialog::connectToServer()
{
    auto where = address();
    if (!where.ok()) return showResult(where.error().text(), true);
    auto opened = openStoreInteractively(where.value(), this, {.readOnly = false, .createIfMissing = false});
    if (!opened.ok()) return showResult(opened.error().message, true);
    m_database = std::move(opened).value();
    accept();
}

} // namespace conduct
