#include "care/OrdersPage.h"

#include "common/UkTime.h"
#include "widgets/DateField.h"
#include "widgets/DateTimeField.h"

#include "widgets/FieldErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
enum TermColumn { KindColumn, WordingColumn, VerifiedColumn };

QPushButton* rightButton(QVBoxLayout* layout, const QString& text, const QString& objectName, QWidget* parent)
{
    auto* row = new QHBoxLayout;
    row->addStretch();
    auto* button = makeActionButton(text, objectName, parent);
    row->addWidget(button);
    layout->addLayout(row);
    return button;
}

QListWidget* checkList(const QString& objectName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setMaximumHeight(90);
    return list;
}
} // namespace

OrdersPage::OrdersPage(Database& db, const Session& session, const QString& justification, QWidget* parent)
    : CarePage(QStringLiteral("ordersPage"),
               tr("Bail conditions, restraining orders and Stalking Protection Orders (protocol 4.11–4.13, section 9). "
                  "A breach is often evidence of further stalking or harassment: recording one adds it to the course of conduct."),
               parent),
      m_service(db, session)
{
    m_service.setAccessJustification(justification);
    m_restraining.kind = OrderKind::RestrainingOrder;
    m_spo.kind = OrderKind::StalkingProtectionOrder;
    buildBail();
    buildOrder(m_restraining, QStringLiteral("ro"), tr("Draft restraining order — protocol 9.1–9.3"),
               tr("On conviction (SA 2020 s360) or, where possible, on acquittal (PHA 1997 s5A). Check addresses are still accurate "
                  "before each hearing (9.2); complete the MG5 notifying the suspect (9.3)."));
    buildOrder(m_spo, QStringLiteral("spo"), tr("Stalking Protection Order application (Stalking Protection Act 2019)"),
               tr("Prohibitions and requirements."));
    buildBreaches();
    addStretch();
}

void OrdersPage::buildBail()
{
    auto* box = addSection(QStringLiteral("bailSection"), tr("Pre-charge bail conditions — PACE 1984 s47, protocol 4.11"),
                           tr("Seek the complainant's views on the conditions; consider the same conditions a restraining order would "
                              "contain."));
    m_bailTable = makeCareTable(QStringLiteral("bailTable"), tr("Bail conditions"),
                                {tr("Suspect"), tr("Granted"), tr("Answer bail"), tr("Conditions"), tr("Complainant's views")}, box);
    sectionLayout(box)->addWidget(m_bailTable);
    auto* form = addForm(sectionLayout(box));
    m_bailSuspect = new QComboBox(box);
    m_bailSuspect->setObjectName(QStringLiteral("bailSuspect"));
    m_bailGranted = new DateField(QStringLiteral("bailGranted"), box);
    m_bailReturn = new DateField(QStringLiteral("bailReturn"), box);
    m_bailConditions = makeText(QStringLiteral("bailConditions"), box, 3);
    m_bailConditions->setPlaceholderText(tr("One condition per line"));
    m_bailViews = makeText(QStringLiteral("bailViews"), box, 2);
    m_bailViewsOn = new DateField(QStringLiteral("bailViewsOn"), box);
    addLabelledRow(form, tr("Suspect:"), m_bailSuspect);
    addLabelledRow(form, tr("Bail granted on:"), m_bailGranted);
    addLabelledRow(form, tr("Answer bail on:"), m_bailReturn);
    addLabelledRow(form, tr("Conditions:"), m_bailConditions);
    addLabelledRow(form, tr("Complainant's views on the conditions:"), m_bailViews);
    addLabelledRow(form, tr("Views sought on:"), m_bailViewsOn);
    connect(rightButton(sectionLayout(box), tr("Add bail conditions"), QStringLiteral("saveBailButton"), box), &QPushButton::clicked, this,
            &OrdersPage::saveBail);
}

void OrdersPage::buildOrder(OrderEditor& e, const QString& prefix, const QString& title, const QString& hint)
{
    auto* box = addSection(prefix + QStringLiteral("Section"), title, hint);
    auto* form = addForm(sectionLayout(box));
    e.subject = new QComboBox(box);
    e.subject->setObjectName(prefix + QStringLiteral("Subject"));
    e.protectedPeople = checkList(prefix + QStringLiteral("Protected"), box);
    addLabelledRow(form, tr("Subject of the order:"), e.subject);
    addLabelledRow(form, tr("Protected persons:"), e.protectedPeople);

    e.terms = new QTableWidget(0, 3, box);
    e.terms->setObjectName(prefix + QStringLiteral("Terms"));
    e.terms->setAccessibleName(e.kind == OrderKind::RestrainingOrder ? tr("Prohibitions") : tr("Prohibitions and requirements"));
    e.terms->setHorizontalHeaderLabels({tr("Kind"), tr("Wording (editable)"), tr("Address verified on")});
    e.terms->horizontalHeader()->setSectionResizeMode(WordingColumn, QHeaderView::Stretch);
    e.terms->setColumnWidth(KindColumn, 230);
    e.terms->setColumnWidth(VerifiedColumn, 170);
    // Rows follow their wording as the table is laid out, not at whatever width it had when filled.
    e.terms->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    e.terms->verticalHeader()->hide();
    e.terms->setMinimumHeight(120);
    e.terms->setMaximumHeight(200);
    e.terms->setWordWrap(true);
    sectionLayout(box)->addWidget(e.terms);
    auto* termButtons = new QHBoxLayout;
    QList<OrderTermKind> kinds = allOrderTermKinds();
    if (e.kind == OrderKind::RestrainingOrder) kinds.removeAll(OrderTermKind::Requirement);
    for (OrderTermKind kind : kinds) {
        auto* add = makeActionButton(tr("+ %1").arg(orderTermKindLabel(kind)), prefix + QStringLiteral("Add_") + orderTermKindCode(kind), box);
        connect(add, &QPushButton::clicked, this, [this, &e, kind] { addTerm(e, kind); });
        termButtons->addWidget(add);
    }
    auto* remove = makeActionButton(tr("Remove term"), prefix + QStringLiteral("RemoveTerm"), box);
    connect(remove, &QPushButton::clicked, this, [&e] {
        if (e.terms->currentRow() >= 0) e.terms->removeRow(e.terms->currentRow());
    });
    termButtons->addWidget(remove);
    termButtons->addStretch();
    sectionLayout(box)->addLayout(termButtons);
    e.addressWarning = new QLabel(box);
    e.addressWarning->setObjectName(prefix + QStringLiteral("AddressWarning"));
    e.addressWarning->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    e.addressWarning->setWordWrap(true);
    sectionLayout(box)->addWidget(e.addressWarning);

    auto* details = addForm(sectionLayout(box));
    if (e.kind == OrderKind::RestrainingOrder) {
        e.basis = new QComboBox(box);
        e.basis->setObjectName(prefix + QStringLiteral("Basis"));
        e.basis->addItem(tr("On conviction (SA 2020 s360)"), int(OrderBasis::OnConviction));
        e.basis->addItem(tr("On acquittal (PHA 1997 s5A)"), int(OrderBasis::OnAcquittal));
        addLabelledRow(details, tr("Applied for:"), e.basis);
    }
    e.untilFurtherOrder = new QCheckBox(tr("Until further order"), box);
    e.untilFurtherOrder->setObjectName(prefix + QStringLiteral("UntilFurtherOrder"));
    e.untilFurtherOrder->setChecked(true);
    e.fixedUntil = new DateField(prefix + QStringLiteral("FixedUntil"), box);
    auto* duration = new QHBoxLayout;
    duration->addWidget(e.untilFurtherOrder);
    duration->addWidget(new QLabel(tr("or until:"), box));
    duration->addWidget(e.fixedUntil);
    duration->addStretch();
    details->addRow(tr("Duration:"), duration);
    e.complainantViews = makeText(prefix + QStringLiteral("Views"), box, 2);
    e.specialistViews = makeText(prefix + QStringLiteral("SpecialistViews"), box, 2);
    addLabelledRow(details, tr("Complainant's views (9.2):"), e.complainantViews);
    addLabelledRow(details, tr("Specialist services' views (9.2):"), e.specialistViews);
    e.mg5 = new QCheckBox(tr("MG5 notification given (9.3)"), box);
    e.mg5->setObjectName(prefix + QStringLiteral("Mg5"));
    e.mg5On = new DateField(prefix + QStringLiteral("Mg5On"), box);
    auto* mg5 = new QHBoxLayout;
    mg5->addWidget(e.mg5);
    mg5->addWidget(new QLabel(tr("on:"), box));
    mg5->addWidget(e.mg5On);
    mg5->addStretch();
    details->addRow(QString(), mg5);
    const bool restraining = e.kind == OrderKind::RestrainingOrder;
    connect(rightButton(sectionLayout(box), restraining ? tr("Save draft restraining order") : tr("Save SPO application"),
                        prefix + QStringLiteral("SaveButton"), box),
            &QPushButton::clicked, this, restraining ? &OrdersPage::saveRestrainingOrder : &OrdersPage::saveSpo);
}

void OrdersPage::buildBreaches()
{
    auto* box = addSection(QStringLiteral("breachSection"), tr("Breaches — protocol 4.13, 9.5"),
                           tr("Recording a breach adds an incident to the course of conduct, an action for expeditious and robust "
                              "action, and prompts a review of the risk assessment."));
    m_breachTable = makeCareTable(QStringLiteral("breachTable"), tr("Breaches"), {tr("When"), tr("Of"), tr("Where"), tr("What happened")}, box);
    sectionLayout(box)->addWidget(m_breachTable);
    auto* form = addForm(sectionLayout(box));
    m_breached = new QComboBox(box);
    m_breached->setObjectName(QStringLiteral("breached"));
    m_breachAt = new DateTimeField(QStringLiteral("breachAt"), box);
    m_breachAt->setRequired(true);
    m_breachAt->setFieldName(tr("When the breach happened"));
    m_breachAt->offerTimeNotKnown(QStringLiteral("breachTimeNotKnown"))->setAccessibleName(tr("Breach time not known"));
    m_breachOnline = new QCheckBox(tr("Online"), box);
    m_breachOnline->setObjectName(QStringLiteral("breachOnline"));
    m_breachWhere = makeLine(QStringLiteral("breachWhere"), box);
    m_breachWhere->setPlaceholderText(tr("Location, or platform when online"));
    m_breachBehaviours = checkList(QStringLiteral("breachBehaviours"), box);
    for (Behaviour b : allValues<Behaviour>()) {
        auto* item = new QListWidgetItem(labelOf(b), m_breachBehaviours);
        item->setData(Qt::UserRole, int(b));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_breachWhat = makeText(QStringLiteral("breachWhat"), box, 2);
    m_breachOwner = makeLine(QStringLiteral("breachOwner"), box);
    // The impact questions every incident asks (protocol 3.9), so the incident this makes is complete.
    m_breachFear = new QCheckBox(tr("Caused fear that violence would be used"), box);
    m_breachFear->setObjectName(QStringLiteral("breachFear"));
    m_breachDistress = new QCheckBox(tr("Caused serious alarm or distress"), box);
    m_breachDistress->setObjectName(QStringLiteral("breachDistress"));
    m_breachAltered = new QComboBox(box);
    m_breachAltered->setObjectName(QStringLiteral("breachAltered"));
    for (Answer a : {Answer::NotAsked, Answer::No, Answer::Yes}) m_breachAltered->addItem(labelOf(a), int(a));
    m_breachAlteredHow = makeLine(QStringLiteral("breachAlteredHow"), box);
    addLabelledRow(form, tr("What was breached:"), m_breached);
    addLabelledRow(form, tr("When:"), m_breachAt);
    auto* where = new QHBoxLayout;
    where->addWidget(m_breachWhere);
    where->addWidget(m_breachOnline);
    form->addRow(tr("Where:"), where);
    addLabelledRow(form, tr("Behaviours:"), m_breachBehaviours);
    addLabelledRow(form, tr("What happened:"), m_breachWhat);
    form->addRow(m_breachFear);
    form->addRow(m_breachDistress);
    addLabelledRow(form, tr("Did the complainant alter their behaviour? (3.9)"), m_breachAltered);
    addLabelledRow(form, tr("How:"), m_breachAlteredHow);
    addLabelledRow(form, tr("Action owner:"), m_breachOwner);
    connect(rightButton(sectionLayout(box), tr("Record breach"), QStringLiteral("recordBreachButton"), box), &QPushButton::clicked, this,
            &OrdersPage::recordBreach);
}

void OrdersPage::addTerm(OrderEditor& e, OrderTermKind kind)
{
    QStringList names;
    for (int i = 0; i < e.protectedPeople->count(); ++i)
        if (e.protectedPeople->item(i)->checkState() == Qt::Checked) names.append(e.protectedPeople->item(i)->text());
    const int row = e.terms->rowCount();
    e.terms->insertRow(row);
    auto* kindItem = new QTableWidgetItem(orderTermKindLabel(kind));
    kindItem->setData(Qt::UserRole, int(kind));
    kindItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    e.terms->setItem(row, KindColumn, kindItem);
    e.terms->setItem(row, WordingColumn, new QTableWidgetItem(standardTermWording(kind, names.join(QStringLiteral(", ")))));
    auto* verified = new QTableWidgetItem(kind == OrderTermKind::ExcludedAddress ? tr("Not verified — enter dd/MM/yyyy") : QString());
    if (kind != OrderTermKind::ExcludedAddress) verified->setFlags(Qt::ItemIsEnabled);
    e.terms->setItem(row, VerifiedColumn, verified);
    e.terms->setCurrentCell(row, WordingColumn);
    e.terms->editItem(e.terms->item(row, WordingColumn));
}

void OrdersPage::setCase(const CaseDetail& detail)
{
    const bool keepEdits = detail.caseRecord.id == m_caseId && hasUnsavedEdits();
    m_caseId = detail.caseRecord.id;
    m_people = detail.people;
    fillPeople(m_bailSuspect, m_people, {PersonRole::Suspect});
    for (OrderEditor* e : {&m_restraining, &m_spo}) fillPeople(e->subject, m_people, {PersonRole::Suspect});
    if (keepEdits) return;   // unsaved typing wins over a refresh of the case
    m_breachAt->setUtc(uktime::nowUtcToTheMinute());   // "now" to the minute: no leftover seconds
    if (m_breachOwner->text().isEmpty()) m_breachOwner->setText(detail.caseRecord.officerInCase);
    clearMessages();
    reloadRecords();
}

void OrdersPage::reloadRecords()
{
    auto loaded = m_service.load(m_caseId);
    if (!loaded.ok()) {
        report(loaded.error(), {});
        return;
    }
    m_records = loaded.value();
    m_bailTable->setRowCount(int(m_records.bail.size()));
    for (int row = 0; row < m_records.bail.size(); ++row) {
        const BailConditions& b = m_records.bail[row];
        setRow(m_bailTable, row, {nameOf(m_people, b.suspectId), shortDate(b.grantedOn), shortDate(b.answerBailOn),
                                  b.conditions.join(QStringLiteral("; ")), b.complainantViews});
    }
    m_restraining.current = CourtOrder{};
    m_spo.current = CourtOrder{};
    m_breached->clear();
    for (const BailConditions& b : m_records.bail)
        m_breached->addItem(tr("Bail granted %1 (%2)").arg(shortDate(b.grantedOn), nameOf(m_people, b.suspectId)),
                            QStringLiteral("bail:%1").arg(b.id));
    for (const CourtOrder& o : m_records.orders) {
        (o.kind == OrderKind::RestrainingOrder ? m_restraining : m_spo).current = o;
        m_breached->addItem(o.kind == OrderKind::RestrainingOrder ? tr("Restraining order (%1)").arg(orderStatusLabel(o.status))
                                                                  : tr("Stalking Protection Order (%1)").arg(orderStatusLabel(o.status)),
                            QStringLiteral("order:%1").arg(o.id));
    }
    showOrder(m_restraining);
    showOrder(m_spo);
    m_breachTable->setRowCount(int(m_records.breaches.size()));
    for (int row = 0; row < m_records.breaches.size(); ++row) {
        const Breach& b = m_records.breaches[row];
        setRow(m_breachTable, row, {b.timeKnown ? shortDateTime(b.occurredUtc) : uktime::formatDateOnly(b.occurredUtc), b.of == BreachOf::Bail ? tr("Bail") : tr("Order"), b.location, b.description});
    }
    for (QTableWidget* t : {m_bailTable, m_breachTable}) t->resizeColumnsToContents();
    markClean();
}

void OrdersPage::showOrder(OrderEditor& e)
{
    const CourtOrder& o = e.current;
    if (o.subjectId != 0) selectId(e.subject, o.subjectId);
    e.protectedPeople->clear();
    for (const Person& p : m_people) {
        if (p.role == PersonRole::Suspect) continue;
        auto* item = new QListWidgetItem(p.displayName(), e.protectedPeople);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(o.protectedPersonIds.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    e.terms->setRowCount(0);
    for (const OrderTerm& t : o.terms) {
        const int row = e.terms->rowCount();
        e.terms->insertRow(row);
        auto* kindItem = new QTableWidgetItem(orderTermKindLabel(t.kind));
        kindItem->setData(Qt::UserRole, int(t.kind));
        kindItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        e.terms->setItem(row, KindColumn, kindItem);
        e.terms->setItem(row, WordingColumn, new QTableWidgetItem(t.text));
        auto* verified = new QTableWidgetItem(t.isAddress() ? (t.verifiedOn.isValid() ? shortDate(t.verifiedOn) : tr("Not verified")) : QString());
        if (!t.isAddress()) verified->setFlags(Qt::ItemIsEnabled);
        e.terms->setItem(row, VerifiedColumn, verified);
    }
    if (e.basis) e.basis->setCurrentIndex(e.basis->findData(int(o.basis)));
    e.untilFurtherOrder->setChecked(o.untilFurtherOrder);
    e.fixedUntil->setDate(o.fixedUntil);
    e.complainantViews->setPlainText(o.complainantViews);
    e.specialistViews->setPlainText(o.specialistServiceViews);
    e.mg5->setChecked(o.mg5NotificationGiven);
    e.mg5On->setDate(o.mg5NotifiedOn);
    const QList<OrderTerm> stale = addressesNeedingCheck(o, uktime::today());
    QStringList lines;
    for (const OrderTerm& t : stale)
        lines.append(t.verifiedOn.isValid() ? tr("%1 — last verified %2: check it is still accurate (9.2).").arg(t.text, shortDate(t.verifiedOn))
                                            : tr("%1 — not verified (9.2).").arg(t.text));
    e.addressWarning->setText(lines.join(QLatin1Char('\n')));
    e.addressWarning->setVisible(!lines.isEmpty());
}

bool OrdersPage::saveOrder(OrderEditor& e)
{
    if (Status dates = DateEntry::commitAll({e.fixedUntil, e.mg5On}); !dates.ok()) return report(dates, {});
    CourtOrder o = e.current;
    o.caseId = m_caseId;
    o.kind = e.kind;
    o.subjectId = currentId(e.subject);
    o.protectedPersonIds.clear();
    for (int i = 0; i < e.protectedPeople->count(); ++i)
        if (e.protectedPeople->item(i)->checkState() == Qt::Checked)
            o.protectedPersonIds.append(e.protectedPeople->item(i)->data(Qt::UserRole).toLongLong());
    o.terms.clear();
    for (int row = 0; row < e.terms->rowCount(); ++row) {
        OrderTerm t;
        t.kind = OrderTermKind(e.terms->item(row, KindColumn)->data(Qt::UserRole).toInt());
        t.text = e.terms->item(row, WordingColumn) ? e.terms->item(row, WordingColumn)->text().trimmed() : QString();
        if (t.isAddress() && e.terms->item(row, VerifiedColumn)) {
            const QString typed = e.terms->item(row, VerifiedColumn)->text().trimmed();
            if (!typed.isEmpty() && !typed.startsWith(tr("Not verified"))) {
                auto verified = uktime::parseDate(typed, tr("Address verified on"));
                if (!verified) {
                    report(verified.error(), {});
                    return false;
                }
                t.verifiedOn = *verified;
            }
        }
        o.terms.append(t);
    }
    if (e.basis) o.basis = OrderBasis(e.basis->currentData().toInt());
    o.untilFurtherOrder = e.untilFurtherOrder->isChecked();
    o.fixedUntil = e.fixedUntil->date();
    o.complainantViews = e.complainantViews->toPlainText().trimmed();
    o.specialistServiceViews = e.specialistViews->toPlainText().trimmed();
    o.mg5NotificationGiven = e.mg5->isChecked();
    o.mg5NotifiedOn = e.mg5On->date();
    auto saved = m_service.saveOrder(o);
    return finish(saved.ok() ? Status{} : Status{saved.error()},
                  e.kind == OrderKind::RestrainingOrder ? tr("Draft restraining order saved.") : tr("SPO application saved."));
}

bool OrdersPage::saveBail()
{
    if (Status dates = DateEntry::commitAll({m_bailGranted, m_bailReturn, m_bailViewsOn}); !dates.ok()) return report(dates, {});
    BailConditions b;
    b.caseId = m_caseId;
    b.suspectId = currentId(m_bailSuspect);
    b.grantedOn = m_bailGranted->date();
    b.answerBailOn = m_bailReturn->date();
    b.conditions = linesOf(m_bailConditions);
    b.complainantViews = m_bailViews->toPlainText().trimmed();
    b.viewsSoughtOn = m_bailViewsOn->date();
    auto saved = m_service.saveBail(b);
    if (saved.ok()) m_bailConditions->clear();
    return finish(saved.ok() ? Status{} : Status{saved.error()}, tr("Bail conditions saved."));
}

bool OrdersPage::recordBreach()
{
    if (Status dates = DateEntry::commitAll({m_breachAt}); !dates.ok()) return report(dates, {});
    Breach b;
    b.caseId = m_caseId;
    const QStringList target = m_breached->currentData().toString().split(QLatin1Char(':'));
    if (target.size() == 2) {
        b.of = target[0] == QStringLiteral("bail") ? BreachOf::Bail : BreachOf::Order;
        (b.of == BreachOf::Bail ? b.bailId : b.orderId) = target[1].toLongLong();
    }
    b.occurredUtc = m_breachAt->utc();
    b.timeKnown = m_breachAt->timeKnown();
    b.online = m_breachOnline->isChecked();
    b.location = m_breachWhere->text().trimmed();
    for (int i = 0; i < m_breachBehaviours->count(); ++i)
        if (m_breachBehaviours->item(i)->checkState() == Qt::Checked)
            b.behaviours.append(Behaviour(m_breachBehaviours->item(i)->data(Qt::UserRole).toInt()));
    b.description = m_breachWhat->toPlainText().trimmed();
    b.actionOwner = m_breachOwner->text().trimmed();
    b.fearOfViolence = m_breachFear->isChecked();
    b.alarmOrDistress = m_breachDistress->isChecked();
    b.alteredBehaviour = Answer(m_breachAltered->currentData().toInt());
    b.alteredBehaviourHow = m_breachAlteredHow->text().trimmed();
    auto saved = m_service.recordBreach(b);
    if (!finish(saved.ok() ? Status{} : Status{saved.error()},
                tr("Breach recorded: added to the incidents, an action raised, and the risk assessment is due for review.")))
        return false;
    clearBreachForm();   // the same breach is never recorded twice by a second click
    emit incidentsChanged();
    return true;
}

void OrdersPage::clearBreachForm()
{
    m_breachAt->setUtc(uktime::nowUtcToTheMinute());
    m_breachOnline->setChecked(false);
    m_breachWhere->clear();
    for (int i = 0; i < m_breachBehaviours->count(); ++i) m_breachBehaviours->item(i)->setCheckState(Qt::Unchecked);
    m_breachWhat->clear();
    m_breachFear->setChecked(false);
    m_breachDistress->setChecked(false);
    m_breachAltered->setCurrentIndex(0);
    m_breachAlteredHow->clear();
    markClean();
}

bool OrdersPage::finish(const Status& outcome, const QString& savedText)
{
    if (!report(outcome, savedText)) return false;
    reloadRecords();
    emit changed();
    return true;
}

} // namespace conduct
