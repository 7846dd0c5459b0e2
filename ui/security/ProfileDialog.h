#pragma once
// The officer's profile as the MG forms print it (issue 22): rank, collar or staff number,
// station, telephone, mobile and e-mail. ProfileFields puts the six fields in any form (the new
// account dialog uses them too); ProfileDialog edits them alone, for an administrator (Tools ▸
// Accounts… ▸ Edit profile…) or for the officer (File ▸ My profile…). Like the other account
// dialogs it applies the change through a callback into AccountService and stays open, with the
// error shown and the cursor in the field at fault, until the change is saved or cancelled.

#include "common/Result.h"
#include "security/User.h"
#include "widgets/FieldErrors.h"

#include <QDialog>
#include <functional>

class QFormLayout;
class QLineEdit;

namespace conduct {

// Line edits with objectNames "rankEdit", "collarNumberEdit", "stationEdit", "telephoneEdit",
// "mobileEdit", "emailEdit".
class ProfileFields {
public:
    void build(QWidget* parent, QFormLayout* form, const OfficerProfile& initial);
    OfficerProfile profile() const;
    // Puts the cursor in the field an AccountService error names; false when none of these.
    bool focus(const Error& error) const { return m_focus.focus(error); }
    QLineEdit* first() const { return m_rank; }
    QLineEdit* last() const { return m_email; }

private:
    QLineEdit* m_rank = nullptr;
    QLineEdit* m_collarNumber = nullptr;
    QLineEdit* m_station = nullptr;
    QLineEdit* m_telephone = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLineEdit* m_email = nullptr;
    FieldFocus m_focus;
};

class ProfileDialog : public QDialog {
    Q_OBJECT
public:
    using Apply = std::function<Status(const OfficerProfile& profile)>;
    ProfileDialog(const QString& title, const QString& intro, const OfficerProfile& initial, Apply apply,
                  QWidget* parent = nullptr);
    void accept() override;

private:
    Apply m_apply;
    ErrorBanner* m_error = nullptr;
    ProfileFields m_fields;
};

} // namespace conduct
