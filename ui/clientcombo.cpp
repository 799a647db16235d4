#include "clientcombo.h"

#include "storage/clientrepository.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace relance::ui {

void fillClientCombo(QComboBox *combo, const Database &db, const QString &noneText)
{
    constexpr int kPage = 500;
    const qint64 selected = combo->currentData().toLongLong();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(noneText, 0);
    const ClientRepository clients(db);
    for (int offset = 0;; offset += kPage) {
        const QList<Client> page = clients.page(offset, kPage);
        for (const Client &c : page)
            combo->addItem(c.name, c.id);
        if (page.size() < kPage)
            break;
    }
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

}  // namespace relance::ui
