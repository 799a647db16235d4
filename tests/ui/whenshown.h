#pragma once

#include <QApplication>
#include <QTimer>

#include <functional>

namespace relance::test {

// Runs `act` on the next modal dialog of type T once it is shown (a dialog's exec() blocks the
// test, so the test answers it from the event loop).
template <typename T> void whenShown(std::function<void(T *)> act)
{
    QTimer::singleShot(10, [act] {
        T *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            whenShown<T>(act);  // not up yet
            return;
        }
        act(dialog);
    });
}

}  // namespace relance::test
