#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QUrl>

namespace relance {

// One GET (HTTP or HTTPS, certificates verified; file: URLs too), waited for with a local event
// loop and a timeout: what `rates update` and the settings' Update read, a few kilobytes. The
// error says the URL and what went wrong (no answer, refused, an HTTP status other than 200).
Result<QByteArray> httpGet(const QUrl &url, int timeoutMs = 30000);

}  // namespace relance
