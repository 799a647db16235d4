#pragma once

#include "clicontext.h"

namespace relance::cli {

// Each command parses its own options and calls the core services, never SQL.
int demoCommand(Context &ctx, const QStringList &args);
int clientAddCommand(Context &ctx, const QStringList &args);
int invoiceAddCommand(Context &ctx, const QStringList &args);
int paymentAddCommand(Context &ctx, const QStringList &args);
int invoicesCommand(Context &ctx, const QStringList &args);
int dashboardCommand(Context &ctx, const QStringList &args);
int deadlineCommand(Context &ctx, const QStringList &args);  // needs no database
int interestCommand(Context &ctx, const QStringList &args);  // needs no database

}  // namespace relance::cli
