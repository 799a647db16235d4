#pragma once

#include "clicontext.h"
#include "rules/lateinterest.h"

namespace relance::cli {

// Each command parses its own options and calls the core services, never SQL.
int demoCommand(Context &ctx, const QStringList &args);
int clientAddCommand(Context &ctx, const QStringList &args);
int clientCreditCommand(Context &ctx, const QStringList &args);
int invoiceAddCommand(Context &ctx, const QStringList &args);
int paymentAddCommand(Context &ctx, const QStringList &args);
int invoicesCommand(Context &ctx, const QStringList &args);
int dashboardCommand(Context &ctx, const QStringList &args);
int deadlineCommand(Context &ctx, const QStringList &args);  // needs no database
int interestCommand(Context &ctx, const QStringList &args);  // needs no database
int agendaCommand(Context &ctx, const QStringList &args);
int actionAddCommand(Context &ctx, const QStringList &args);
int actionReceiptCommand(Context &ctx, const QStringList &args);
int claimCommand(Context &ctx, const QStringList &args);
int invoicePauseCommand(Context &ctx, const QStringList &args);
int invoiceResumeCommand(Context &ctx, const QStringList &args);
int ratesCommand(Context &ctx, const QStringList &args);
int ratesAddCommand(Context &ctx, const QStringList &args);
int ratesCarryForwardCommand(Context &ctx, const QStringList &args);
int ratesUpdateCommand(Context &ctx, const QStringList &args);
int letterCommand(Context &ctx, const QStringList &args);
int lettersCommand(Context &ctx, const QStringList &args);
int lettersListCommand(Context &ctx, const QStringList &args);
int lettersVerifyCommand(Context &ctx, const QStringList &args);
int letterReceiptCommand(Context &ctx, const QStringList &args);
int templateCommand(Context &ctx, const QStringList &args);
int statementCommand(Context &ctx, const QStringList &args);
int planAddCommand(Context &ctx, const QStringList &args);
int planShowCommand(Context &ctx, const QStringList &args);
int planBreakCommand(Context &ctx, const QStringList &args);
int disputeAddCommand(Context &ctx, const QStringList &args);
int disputeResolveCommand(Context &ctx, const QStringList &args);
int promiseAddCommand(Context &ctx, const QStringList &args);
int acknowledgementAddCommand(Context &ctx, const QStringList &args);
int timelineCommand(Context &ctx, const QStringList &args);
int importInvoicesCommand(Context &ctx, const QStringList &args);
int importEInvoiceCommand(Context &ctx, const QStringList &args);
int importBankCommand(Context &ctx, const QStringList &args);
int reconcileCommand(Context &ctx, const QStringList &args);
int exportCommand(Context &ctx, const QStringList &args);
int backupCommand(Context &ctx, const QStringList &args);
int restoreCommand(Context &ctx, const QStringList &args);  // needs the database closed

// The interest figures and their breakdown, as text (interest and claim commands).
void printInterest(Context &ctx, const InterestResult &result);

}  // namespace relance::cli
