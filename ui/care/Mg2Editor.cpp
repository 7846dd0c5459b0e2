#include "care/Mg2Editor.h"

#include "common/UkTime.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace conduct {

Mg2Editor::Mg2Editor(Database& db, const Session& session, const QString& justification, QWidget* parent)
    : CarePage(QStringLiteral("mg2Page"),
               tr("MG2 – Special measures assessment, built from each witness's special measures record. The record is kept "
                  "on the Victim care tab (protocol 6.5, 6.6); change it there and the MG2 follows."),
               parent),
      m_service(db, session)
{
    m_service.setAccessJustification(justification);
    m_records = addSection(QStringLiteral("mg2Records"), tr("Witnesses with a special measures record"),
                           tr("A complainant in a stalking case is an intimidated witness (Youth Justice and Criminal Evidence "
                              "Act 1999 s17) and is eligible for special measures."));
    addStretch();
}

QString Mg2Editor::ageText(const Person& p)
{
    if (p.dateOfBirth.isValid()) {
        const QDate today = uktime::today();
        int years = today.year() - p.dateOfBirth.year();
        if (QDate(today.year(), p.dateOfBirth.month(), 1).addDays(p.dateOfBirth.day() - 1) > today) --years;
        return years >= 18 ? tr("Over 18 (%1, born %2)").arg(years).arg(uktime::formatDate(p.dateOfBirth))
                           : tr("Under 18 (%1, born %2)").arg(years).arg(uktime::formatDate(p.dateOfBirth));
    }
    if (p.over18) return *p.over18 ? tr("Over 18 (date of birth not recorded)") : tr("Under 18 (date of birth not recorded)");
    return tr("Not recorded: add the date of birth, or whether they are over 18, on the People page");
}

void Mg2Editor::setCase(const CaseDetail& detail)
{
    auto loaded = m_service.load(detail.caseRecord.id);
    if (!loaded.ok()) {
        report(loaded.error(), {});
        return;
    }
    clearMessages();
    rebuild(loaded->specialMeasures, detail.people);
    markClean();
}

void Mg2Editor::rebuild(const QList<SpecialMeasuresRecord>& records, const QList<Person>& people)
{
    qDeleteAll(m_built);
    m_built.clear();
    QVBoxLayout* layout = sectionLayout(m_records);
    if (records.isEmpty()) {
        auto* none = new QLabel(tr("No special measures record yet. Record the discussion with the complainant on the Victim care tab."), m_records);
        none->setObjectName(QStringLiteral("mg2None"));
        none->setWordWrap(true);
        layout->addWidget(none);
        m_built.append(none);
    }
    for (const SpecialMeasuresRecord& r : records) {
        Person person;
        for (const Person& p : people)
            if (p.id == r.personId) person = p;
        auto* box = new QGroupBox(tr("%1 (%2)").arg(person.displayName(), labelOf(person.role)), m_records);
        box->setObjectName(QStringLiteral("mg2Record_%1").arg(r.personId));
        // A grid rather than a form layout: its rows take the height a wrapped value needs at the
        // width it gets (a form row kept one line's height and cut long views off).
        auto* grid = new QGridLayout;
        grid->setColumnStretch(1, 1);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addLayout(grid);
        const auto row = [box, grid](const QString& label, const QString& value, const QString& name) {
            const int at = grid->rowCount();
            auto* caption = new QLabel(label, box);
            caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            auto* field = new QLabel(value.isEmpty() ? tr("not recorded") : value, box);
            field->setObjectName(name);
            field->setWordWrap(true);
            field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            caption->setBuddy(field);
            grid->addWidget(caption, at, 0);
            grid->addWidget(field, at, 1);
        };
        QStringList grounds;
        if (r.intimidated)
            grounds.append(person.role == PersonRole::Complainant
                               ? tr("Intimidated witness (YJCEA 1999 s17): a complainant in a stalking case is an intimidated witness")
                               : tr("Intimidated witness (YJCEA 1999 s17)"));
        if (r.vulnerable) grounds.append(tr("Vulnerable witness (YJCEA 1999 s16)"));
        if (!r.eligibilityEvidence.isEmpty()) grounds.append(r.eligibilityEvidence);
        QStringList sought;
        for (SpecialMeasure m : r.measuresWanted) sought.append(specialMeasureLabel(m));
        row(tr("Age:"), ageText(person), QStringLiteral("mg2Age_%1").arg(r.personId));
        row(tr("Grounds:"), grounds.join(QStringLiteral("\n")), QStringLiteral("mg2Grounds_%1").arg(r.personId));
        row(tr("Measures sought:"), sought.join(QStringLiteral("; ")), QStringLiteral("mg2Measures_%1").arg(r.personId));
        row(tr("Witness's views (6.5):"), r.complainantViews, QStringLiteral("mg2Views_%1").arg(r.personId));
        row(tr("Witness's views on eligibility:"), r.viewsOnEligibility, QStringLiteral("mg2EligibilityViews_%1").arg(r.personId));
        row(tr("Effect on the quality of their evidence:"), r.effectOnQuality, QStringLiteral("mg2Quality_%1").arg(r.personId));
        row(tr("Views on how the measures improve it:"), r.viewsOnQualityImprovement, QStringLiteral("mg2Improvement_%1").arg(r.personId));
        row(tr("Views of others (parent, carer, ISAC/IDVA, agencies):"), r.otherPartiesViews, QStringLiteral("mg2Others_%1").arg(r.personId));
        const auto yesNo = [](std::optional<bool> v) { return !v ? QString() : *v ? tr("Yes") : tr("No"); };
        row(tr("Supporting material:"), r.supportingMaterial && *r.supportingMaterial ? tr("Yes: %1").arg(r.supportingMaterialList) : yesNo(r.supportingMaterial),
            QStringLiteral("mg2Material_%1").arg(r.personId));
        row(tr("Special measures meeting wanted:"), yesNo(r.meetingRequired), QStringLiteral("mg2MeetingWanted_%1").arg(r.personId));
        row(tr("Communication needs (interpreter, aids):"), r.communicationNeeds, QStringLiteral("mg2Communication_%1").arg(r.personId));
        row(tr("Supporter:"), r.supporter, QStringLiteral("mg2Supporter_%1").arg(r.personId));
        row(tr("Discussed on:"), uktime::formatDate(r.discussedOn), QStringLiteral("mg2Discussed_%1").arg(r.personId));
        row(tr("Early special measures meeting (6.6):"), uktime::formatDate(r.earlyMeetingOn), QStringLiteral("mg2Meeting_%1").arg(r.personId));
        auto* buttons = new QHBoxLayout;
        buttons->addStretch();
        auto* edit = makeActionButton(tr("Edit on the Victim care tab…"), QStringLiteral("mg2Edit_%1").arg(r.personId), box);
        buttons->addWidget(edit);
        boxLayout->addLayout(buttons);
        const qint64 personId = r.personId;
        connect(edit, &QPushButton::clicked, this, [this, personId] { emit editRequested(personId); });
        layout->addWidget(box);
        m_built.append(box);
    }
}

} // namespace conduct
