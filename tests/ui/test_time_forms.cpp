// Issue 23 across every form: the officer types whole dates and date-times into each date field,
// and each ends either stored as typed (read back through the core service the form saves to) or
// refused with a message naming the field and saying why, with nothing stored. One table of
// (form, field) drives it; each form says how it is opened, saved and read back.

#include "GuiTestSupport.h"

#include "care/CareTabs.h"
#include "care/ChargingPage.h"
#include "care/OrdersPage.h"
#include "care/VictimCarePage.h"
#include "care/WithdrawalPage.h"
#include "case/CaseWorkspace.h"
#include "case/IncidentDialog.h"
#include "case/PersonDialog.h"
#include "chronology/MonitoringDialog.h"
#include "common/Clock.h"
#include "common/UkTime.h"
#include "evidence/EvidenceTabs.h"
#include "evidence/OffencesPage.h"
#include "security/AuditViewerDialog.h"
#include "services/CaseService.h"
#include "services/ChargingService.h"
#include "services/EvidenceService.h"
#include "services/OrdersService.h"
#include "services/VictimCareService.h"
#include "services/WithdrawalService.h"
#include "services/DraftService.h"
#include "widgets/DateField.h"
#include "widgets/DateTimeField.h"
#include "widgets/Prompts.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <functional>
#include <memory>

using namespace conduct;

namespace {

// 28 November 2026, midday in London: after both of 2026's clock changes, so every value typed
// below is in the past.
const QDateTime fakeNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

template <typename W>
W* named(QObject* parent, const QString& name)
{
    W* w = parent->findChild<W*>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

void click(QObject* parent, const char* button) { QTest::mouseClick(named<QPushButton>(parent, QString::fromLatin1(button)), Qt::LeftButton); }

void typeOver(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// A case with a complainant, a suspect and his bail conditions (so a breach can be recorded).
struct Env {
    ScopedFakeClock clock{fakeNow};
    test::TempDatabase t;
    qint64 caseId = 0;

    Env()
    {
        CaseService service(t.db(), t.session());
        Case c;
        c.urn = QStringLiteral("45AA0209820");
        c.officerInCase = QStringLiteral("PC 4521 Carter");
        caseId = service.createCase(c)->id;
        Person complainant;
        complainant.caseId = caseId;
        complainant.role = PersonRole::Complainant;
        complainant.forenames = QStringLiteral("Alex");
        complainant.surname = QStringLiteral("Example");
        REQUIRE(service.addPerson(complainant).ok());
        Person suspect;
        suspect.caseId = caseId;
        suspect.role = PersonRole::Suspect;
        suspect.surname = QStringLiteral("Suspect");
        const qint64 suspectId = service.addPerson(suspect)->id;
        BailConditions bail;
        bail.caseId = caseId;
        bail.suspectId = suspectId;
        bail.grantedOn = QDate(2026, 1, 5);
        bail.conditions = {QStringLiteral("Not to contact the complainant")};
        auto saved = OrdersService(t.db(), t.session()).saveBail(bail);
        INFO((saved.ok() ? QString() : saved.error().text()).toStdString());
        REQUIRE(saved.ok());
    }
};

// One form: its root widget, how it saves, what it stored for the field (an invalid QVariant when
// nothing was stored) and the refusal it shows.
struct Form {
    std::unique_ptr<QWidget> owned;
    QWidget* root = nullptr;
    std::function<void()> save;
    std::function<QVariant()> stored;
    std::function<QString()> shown;
};

QVariant first(const QList<QVariant>& values) { return values.isEmpty() ? QVariant() : values.first(); }

Form incidentForm(Env& env, bool end)
{
    Form f;
    Incident initial;
    initial.caseId = env.caseId;
    CaseService* service = new CaseService(env.t.db(), env.t.session());
    auto dialog = std::make_unique<IncidentDialog>(initial, [service](const Incident& i) { return service->addIncident(i); },
                                                   nullptr, QString());
    auto* d = dialog.get();
    QObject::connect(d, &QObject::destroyed, [service] { delete service; });
    d->show();
    QTest::keyClicks(named<QLineEdit>(d, QStringLiteral("locationEdit")), QStringLiteral("Outside 12 Park Road"));
    named<QCheckBox>(d, QStringLiteral("behaviour_following"))->setChecked(true);
    QTest::keyClicks(named<QPlainTextEdit>(d, QStringLiteral("descriptionEdit")), QStringLiteral("He followed me home."));
    if (end) {
        named<QCheckBox>(d, QStringLiteral("spansPeriodCheck"))->setChecked(true);
        named<DateTimeField>(d, QStringLiteral("startEdit"))->setText(QStringLiteral("01/01/2026 09:00"));
    }
    f.root = d;
    f.save = [d] { click(d, "saveButton"); };
    f.stored = [&env, end] {
        QList<QVariant> values;
        const auto detail = CaseService(env.t.db(), env.t.session()).loadCase(env.caseId);
        REQUIRE(detail.ok());
        for (const Incident& i : detail->incidents) values.append(end ? i.endUtc : i.startUtc);
        return first(values);
    };
    f.shown = [d] { return named<QLabel>(d, QStringLiteral("errorBanner"))->text(); };
    f.owned = std::move(dialog);
    return f;
}

Form personForm(Env& env)
{
    Form f;
    Person initial;
    initial.caseId = env.caseId;
    initial.role = PersonRole::Witness;
    CaseService* service = new CaseService(env.t.db(), env.t.session());
    auto dialog = std::make_unique<PersonDialog>(initial, [service](const Person& p) { return service->addPerson(p); });
    auto* d = dialog.get();
    QObject::connect(d, &QObject::destroyed, [service] { delete service; });
    d->show();
    QTest::keyClicks(named<QLineEdit>(d, QStringLiteral("surnameEdit")), QStringLiteral("Witness"));
    named<QCheckBox>(d, QStringLiteral("dateOfBirthUnknownCheck"))->setChecked(false);
    f.root = d;
    f.save = [d] { click(d, "saveButton"); };
    f.stored = [&env] {
        QList<QVariant> values;
        const auto detail = CaseService(env.t.db(), env.t.session()).loadCase(env.caseId);
        REQUIRE(detail.ok());
        for (const Person& p : detail->people)
            if (p.role == PersonRole::Witness) values.append(p.dateOfBirth);
        return first(values);
    };
    f.shown = [d] { return named<QLabel>(d, QStringLiteral("errorBanner"))->text(); };
    f.owned = std::move(dialog);
    return f;
}

Form workspaceForm(Env& env, const QString& form)
{
    Form f;
    auto ws = std::make_unique<CaseWorkspace>(env.t.db(), env.t.session(), env.caseId, QString());
    ws->resize(1280, 900);
    REQUIRE(ws->isLoaded());
    CaseWorkspace* w = ws.get();
    Database& db = env.t.db();
    const Session& session = env.t.session();
    const qint64 caseId = env.caseId;
    if (form == QLatin1String("withdrawal")) {
        WithdrawalPage* page = w->care()->withdrawal();
        for (int i = 1; i <= 6; ++i)
            QTest::keyClicks(named<QPlainTextEdit>(page, QStringLiteral("statementPointp%1").arg(i)), QStringLiteral("Answer %1.").arg(i));
        for (int i = 1; i <= 7; ++i)
            QTest::keyClicks(named<QPlainTextEdit>(page, QStringLiteral("reportPointp%1").arg(i)), QStringLiteral("View %1.").arg(i));
        named<DateField>(page, QStringLiteral("reportDate"))->setDate(QDate(2026, 11, 27));
        f.root = page;
        f.save = [page] { click(page, "saveWithdrawalButton"); };
        f.stored = [&db, &session, caseId] {
            QList<QVariant> values;
            const auto list = WithdrawalService(db, session).list(caseId);
            REQUIRE(list.ok());
            for (const Withdrawal& x : list.value()) values.append(x.statementTakenUtc);
            return first(values);
        };
        f.shown = [page] { return named<QLabel>(page, QStringLiteral("withdrawalPageError"))->text(); };
    } else if (form == QLatin1String("victimCare")) {
        VictimCarePage* page = w->care()->victimCare();
        QTest::keyClicks(named<QLineEdit>(page, QStringLiteral("contactSummary")), QStringLiteral("Update on bail"));
        f.root = page;
        f.save = [page] { click(page, "addContactButton"); };
        f.stored = [&db, &session, caseId] {
            QList<QVariant> values;
            const auto records = VictimCareService(db, session).load(caseId);
            REQUIRE(records.ok());
            for (const ContactEntry& c : records->contacts) values.append(c.contactUtc);
            return first(values);
        };
        f.shown = [page] { return named<QLabel>(page, QStringLiteral("victimCarePageError"))->text(); };
    } else if (form == QLatin1String("orders")) {
        OrdersPage* page = w->care()->orders();
        QTest::keyClicks(named<QLineEdit>(page, QStringLiteral("breachWhere")), QStringLiteral("Her street"));
        named<QListWidget>(page, QStringLiteral("breachBehaviours"))->item(0)->setCheckState(Qt::Checked);
        QTest::keyClicks(named<QPlainTextEdit>(page, QStringLiteral("breachWhat")), QStringLiteral("Seen outside her house."));
        f.root = page;
        f.save = [page] { click(page, "recordBreachButton"); };
        f.stored = [&db, &session, caseId] {
            QList<QVariant> values;
            const auto records = OrdersService(db, session).load(caseId);
            REQUIRE(records.ok());
            for (const Breach& b : records->breaches) values.append(b.occurredUtc);
            return first(values);
        };
        f.shown = [page] { return named<QLabel>(page, QStringLiteral("ordersPageError"))->text(); };
    } else if (form == QLatin1String("charging")) {
        ChargingPage* page = w->care()->charging();
        f.root = page;
        f.save = [page] { click(page, "saveChargingButton"); };
        f.stored = [&db, &session, caseId] {
            QList<QVariant> values;
            const auto records = ChargingService(db, session).load(caseId);
            REQUIRE(records.ok());
            for (const ChargingRequest& c : records->requests) values.append(c.requestedOn);
            return first(values);
        };
        f.shown = [page] { return named<QLabel>(page, QStringLiteral("chargingPageError"))->text(); };
    } else if (form == QLatin1String("offences")) {
        OffencesPage* page = w->evidence()->offences();
        f.root = page;
        f.save = [page] { click(page, "recordMeasureButton"); };
        f.stored = [&db, &session, caseId] {
            QList<QVariant> values;
            const auto measures = EvidenceService(db, session).measures(caseId);
            REQUIRE(measures.ok());
            for (const CaseMeasure& m : measures.value()) values.append(m.date);
            return first(values);
        };
        f.shown = [page] { return named<QLabel>(page, QStringLiteral("offencesMessage"))->text(); };
    }
    f.owned = std::move(ws);
    return f;
}

Form auditForm(Env& env)
{
    Form f;
    auto dialog = std::make_unique<AuditViewerDialog>(env.t.db(), env.t.session());
    auto* d = dialog.get();
    d->show();
    named<QCheckBox>(d, QStringLiteral("auditUseFrom"))->setChecked(true);
    auto searched = std::make_shared<bool>(false);
    f.root = d;
    // "Stored" here is the filter the search ran with: a refused date runs no search.
    f.save = [d, searched] { *searched = d->search(); };
    f.stored = [d, searched] { return *searched ? QVariant(d->filter().fromDate) : QVariant(); };
    f.shown = [d] { return named<QLabel>(d, QStringLiteral("errorBanner"))->text(); };
    f.owned = std::move(dialog);
    return f;
}

Form monitoringForm(Env& env)
{
    Form f;
    auto dialog = std::make_unique<MonitoringDialog>(env.t.db(), env.t.session());
    auto* d = dialog.get();
    d->show();
    auto computed = std::make_shared<bool>(false);
    f.root = d;
    f.save = [d, computed] { *computed = d->compute(); };
    f.stored = [d, computed] { return *computed ? QVariant(d->report().scope.firstDay) : QVariant(); };
    f.shown = [d] { return named<QLabel>(d, QStringLiteral("errorLabel"))->text(); };
    f.owned = std::move(dialog);
    return f;
}

Form open(Env& env, const QString& form)
{
    if (form == QLatin1String("incidentStart")) return incidentForm(env, false);
    if (form == QLatin1String("incidentEnd")) return incidentForm(env, true);
    if (form == QLatin1String("person")) return personForm(env);
    if (form == QLatin1String("audit")) return auditForm(env);
    if (form == QLatin1String("monitoring")) return monitoringForm(env);
    return workspaceForm(env, form);
}

struct FieldUnderTest {
    const char* form;
    const char* field;   // objectName
    bool dateTime;
    bool clearedOnceRecorded = false;   // the breach form empties itself so a breach is never recorded twice
};

// Every date and date-time field of every form, as the forms name them.
const FieldUnderTest fields[] = {
    {"incidentStart", "startEdit", true},   {"incidentEnd", "endEdit", true},      {"person", "dateOfBirthEdit", false},
    {"withdrawal", "statementTakenAt", true}, {"victimCare", "contactAt", true},   {"orders", "breachAt", true, true},
    {"charging", "requestedOn", false},     {"offences", "measureDate", false},    {"audit", "auditFromDate", false},
    {"monitoring", "fromDate", false},
};

// What the officer types, and what must come of it.
struct Typed {
    const char* text;
    QVariant expected;        // the stored value, or invalid for a refusal
    const char* refusal;      // words the refusal must contain
    std::optional<int> repeatedHourAnswer;   // 0 first, 1 second
};

QList<Typed> typedValues(bool dateTime)
{
    if (!dateTime)
        return {{"31/3/2026", QDate(2026, 3, 31), nullptr, {}},
                {"31/04/2026", QVariant(), "April has 30 days", {}},
                {"29/02/2025", QVariant(), "February 2025 has 28 days", {}}};
    return {{"31/03/2026 23:10", QDateTime(QDate(2026, 3, 31), QTime(22, 10), Qt::UTC), nullptr, {}},   // BST
            {"31/04/2026 10:00", QVariant(), "April has 30 days", {}},
            {"29/02/2025 10:00", QVariant(), "February 2025 has 28 days", {}},
            {"29/03/2026 01:30", QVariant(), "does not exist in the UK", {}},
            {"25/10/2026 01:30", QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC), nullptr, 1},    // the second: GMT
            {"25/10/2026 01:30", QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC), nullptr, 0}};   // the first: BST
}

} // namespace

TEST_CASE("every date field of every form stores what is typed whole, or refuses it by name and stores nothing",
          "[time][forms]")
{
    for (const FieldUnderTest& under : fields) {
        for (const Typed& typed : typedValues(under.dateTime)) {
            const QString text = QString::fromLatin1(typed.text);
            INFO(under.form << " / " << under.field << ": typed \"" << typed.text << "\"");
            Env env;
            Form form = open(env, QString::fromLatin1(under.form));
            REQUIRE(form.root);
            auto* field = named<DateEntry>(form.root, QString::fromLatin1(under.field));
            int asked = 0;
            prompts::choiceOverride() = [&](const QString&, const QString&, const QStringList&) {
                ++asked;
                return typed.repeatedHourAnswer;
            };
            typeOver(field->lineEdit(), text);
            form.save();
            prompts::choiceOverride() = nullptr;

            const QVariant stored = form.stored();
            if (typed.expected.isValid()) {
                INFO("shown: " << form.shown().toStdString());
                CHECK(stored == typed.expected);
                CHECK_FALSE(field->hasError());
                CHECK(asked == (typed.repeatedHourAnswer ? 1 : 0));
                if (typed.repeatedHourAnswer && !under.clearedOnceRecorded)
                    CHECK(field->text() == text + (*typed.repeatedHourAnswer == 1 ? QStringLiteral(" GMT") : QStringLiteral(" BST")));
            } else {
                CHECK_FALSE(stored.isValid());
                REQUIRE(field->hasError());
                CHECK_FALSE(field->error()->field.isEmpty());
                CHECK(field->error()->text().startsWith(field->fieldName() + QStringLiteral(": ") + text.section(QLatin1Char(' '), 0, 0)));
                CHECK(field->error()->message.contains(QString::fromLatin1(typed.refusal)));
                CHECK(field->text() == text);   // kept for the officer to correct, never clamped
                CHECK(form.shown().contains(QString::fromLatin1(typed.refusal)));
            }
        }
    }
}

TEST_CASE("incident, breach and contact-log times can be not known: the day alone is stored", "[time][forms]")
{
    const FieldUnderTest offered[] = {{"incidentStart", "startEdit", true}, {"orders", "breachAt", true}, {"victimCare", "contactAt", true}};
    for (const FieldUnderTest& under : offered) {
        INFO(under.form);
        Env env;
        Form form = open(env, QString::fromLatin1(under.form));
        auto* field = named<DateTimeField>(form.root, QString::fromLatin1(under.field));
        REQUIRE(field->timeNotKnownCheck() != nullptr);
        typeOver(field->lineEdit(), QStringLiteral("14/07/2026"));
        CHECK(field->commit().ok());
        CHECK(field->timeNotKnownCheck()->isChecked());
        CHECK_FALSE(field->timeKnown());
        form.save();
        CHECK(form.stored() == QVariant(uktime::startOfDayUtc(QDate(2026, 7, 14))));
    }
}

TEST_CASE("the incident draft keeps the start and end as typed, with their time-not-known boxes", "[time][incident][draft]")
{
    Env env;
    DraftService drafts(env.t.db(), env.t.session());
    const QString key = QStringLiteral("incident:new:case=%1").arg(env.caseId);
    Incident initial;
    initial.caseId = env.caseId;
    {
        IncidentDialog dialog(initial, {}, &drafts, key);
        dialog.show();
        auto* start = named<DateTimeField>(&dialog, QStringLiteral("startEdit"));
        typeOver(start->lineEdit(), QStringLiteral("14/07/2026"));   // a date alone: time not known
        CHECK(start->commit().ok());
        named<QCheckBox>(&dialog, QStringLiteral("spansPeriodCheck"))->setChecked(true);
        auto* end = named<DateTimeField>(&dialog, QStringLiteral("endEdit"));
        typeOver(end->lineEdit(), QStringLiteral("31/04/2026 10:00"));   // half-corrected: kept as typed
        dialog.saveDraftNow();
    }
    IncidentDialog dialog(initial, {}, &drafts, key);
    dialog.show();
    REQUIRE(dialog.isDraftOffered());
    dialog.restoreDraft();
    auto* start = named<DateTimeField>(&dialog, QStringLiteral("startEdit"));
    auto* end = named<DateTimeField>(&dialog, QStringLiteral("endEdit"));
    CHECK(start->text() == QStringLiteral("14/07/2026"));
    CHECK(named<QCheckBox>(&dialog, QStringLiteral("startTimeNotKnownCheck"))->isChecked());
    CHECK_FALSE(start->timeKnown());
    CHECK(end->text() == QStringLiteral("31/04/2026 10:00"));
    CHECK(end->hasError());
    const Incident edited = dialog.incident();
    CHECK(edited.startUtc == uktime::startOfDayUtc(QDate(2026, 7, 14)));
    CHECK_FALSE(edited.startTimeKnown);
}

TEST_CASE("every date field on every form, found by type, reads a whole typed date and refuses an impossible one by name",
          "[time][forms]")
{
    // The table above saves one field per form through its service; this sweep finds every date
    // and date-time field the forms hold, so a field added later is covered without a new row.
    int swept = 0;
    QStringList disabled;
    for (const char* formName : {"incidentEnd", "person", "withdrawal", "victimCare", "orders", "charging", "offences",
                                 "audit", "monitoring"}) {
        Env env;
        Form form = open(env, QString::fromLatin1(formName));
        REQUIRE(form.root);
        const QList<DateEntry*> found = form.root->findChildren<DateEntry*>();
        REQUIRE_FALSE(found.isEmpty());
        for (DateEntry* field : found) {
            INFO(formName << " / " << field->objectName().toStdString());
            if (!field->isEnabled()) {   // e.g. a date that only applies after a decision: covered by its own test
                disabled.append(QString::fromLatin1(formName) + QLatin1Char('/') + field->objectName());
                continue;
            }
            auto* asDateTime = qobject_cast<DateTimeField*>(field);
            const QString impossible = asDateTime ? QStringLiteral("31/04/2026 10:00") : QStringLiteral("31/04/2026");
            typeOver(field->lineEdit(), impossible);
            CHECK_FALSE(field->commit().ok());
            REQUIRE(field->hasError());
            CHECK(field->error()->field == field->fieldName());
            CHECK_FALSE(field->fieldName().isEmpty());
            CHECK(field->error()->message.contains(QStringLiteral("April has 30 days")));
            CHECK(field->text() == impossible);   // kept as typed, never clamped

            const QString valid = asDateTime ? QStringLiteral("31/3/2026 09:05") : QStringLiteral("31/3/2026");
            typeOver(field->lineEdit(), valid);
            CHECK(field->commit().ok());
            CHECK_FALSE(field->hasError());
            if (asDateTime)
                CHECK(asDateTime->utc() == QDateTime(QDate(2026, 3, 31), QTime(8, 5), Qt::UTC));   // 09:05 BST
            else
                CHECK(qobject_cast<DateField*>(field)->date() == QDate(2026, 3, 31));
            ++swept;
        }
    }
    INFO("not enabled on a fresh form: " << disabled.join(QStringLiteral(", ")).toStdString());
    CHECK(swept >= 25);
}
