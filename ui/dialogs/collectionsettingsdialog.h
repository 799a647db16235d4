#pragma once

#include "domain/ladder.h"

#include <QDialog>
#include <QList>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace relance::ui {

class AppContext;
class FieldErrors;

// The collection rules' settings: escalation ladders (steps, delays, channels, tones), the rate
// table (with half-years the user adds), the jurisdiction profiles, and computation options.
class CollectionSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum StepColumn {
        Template,
        Label,
        Offset,
        Anchor,
        DayKindColumn,
        ChannelColumn,
        ToneColumn,
        Deadline,
        StepColumnCount
    };

    explicit CollectionSettingsDialog(AppContext &context, QWidget *parent = nullptr);
    ~CollectionSettingsDialog() override;

    QTableWidget *stepsTable() const { return m_steps; }
    QTableWidget *ratesTable() const { return m_rates; }

public slots:
    void showLadder(int index);
    void addStep();
    void removeStep();
    void moveStep(int delta);
    bool saveLadder();
    void newLadder();
    void removeLadder();
    void addHalfYear();
    void carryForward();
    void removeHalfYear();
    // Reads the ECB series at `url` (the button: the ECB's data portal) and adds what it brings;
    // returns what it says to the user (in a message box unless quiet: tests).
    QString updateEcbRate(const QUrl &url);
    void setQuiet(bool quiet) { m_quiet = quiet; }

private:
    QWidget *makeLaddersTab();
    QWidget *makeRatesTab();
    QWidget *makeProfilesTab();
    QWidget *makeOptionsTab();
    void loadLadders(qint64 selectId);
    void loadRates();
    void setStepRow(int row, const LadderStep &step);
    LadderStep stepAt(int row) const;
    void saveOptions();
    void setLadderModified(bool modified);

    AppContext &m_context;
    QList<Ladder> m_ladders;
    FieldErrors *m_errors;
    QComboBox *m_ladder, *m_defaultLadder, *m_calendar, *m_defaultCountry;
    QTableWidget *m_steps, *m_rates;
    QPushButton *m_saveLadder, *m_removeHalf;
    bool m_quiet = false;
    QCheckBox *m_divisor366;
    QLabel *m_ratesNote;
    bool m_loading = false;
};

}  // namespace relance::ui
