#pragma once
// "Changed on another desk: reload" (issue 30): a bar at the top of an open case, shown when
// someone else saves one of its records, so the officer knows what they see is out of date. Not
// a dialog, and nothing reloads by itself under the officer's typing: they press Reload when ready.

#include <QFrame>

class QDateTime;
class QLabel;

namespace conduct {

class ChangedElsewhereBar : public QFrame {
    Q_OBJECT
public:
    explicit ChangedElsewhereBar(QWidget* parent = nullptr);
    // Says who saved and when (UK time); hidden again by Reload, or by hide() after a reload.
    void showChange(const QString& savedBy, const QDateTime& savedUtc);
    QString text() const;

signals:
    void reloadRequested();

private:
    QLabel* m_text;
};

} // namespace conduct
