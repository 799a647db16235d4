<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Aging</name>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>1–30 days late</source>
        <translation>1–30 days late</translation>
    </message>
    <message>
        <source>31–60 days late</source>
        <translation>31–60 days late</translation>
    </message>
    <message>
        <source>61–90 days late</source>
        <translation>61–90 days late</translation>
    </message>
    <message>
        <source>Over 90 days late</source>
        <translation>Over 90 days late</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Add a client.</source>
        <translation>Add a client.</translation>
    </message>
    <message>
        <source>The client&apos;s name (required, unique).</source>
        <translation>The client&apos;s name (required, unique).</translation>
    </message>
    <message>
        <source>Legal form (SARL, SAS, EI...).</source>
        <translation>Legal form (SARL, SAS, EI...).</translation>
    </message>
    <message>
        <source>SIREN (9 digits) or SIRET (14 digits).</source>
        <translation>SIREN (9 digits) or SIRET (14 digits).</translation>
    </message>
    <message>
        <source>Intra-EU VAT number.</source>
        <translation>Intra-EU VAT number.</translation>
    </message>
    <message>
        <source>E-mail address for reminders.</source>
        <translation>E-mail address for reminders.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Phone number.</translation>
    </message>
    <message>
        <source>Street address (use \n between lines).</source>
        <translation>Street address (use \n between lines).</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation>Postal code.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>City.</translation>
    </message>
    <message>
        <source>Country code (default FR).</source>
        <translation>Country code (default FR).</translation>
    </message>
    <message>
        <source>Contact person.</source>
        <translation>Contact person.</translation>
    </message>
    <message>
        <source>Payment terms in days (default 30).</source>
        <translation>Payment terms in days (default 30).</translation>
    </message>
    <message>
        <source>The client is a consumer, not a professional.</source>
        <translation>The client is a consumer, not a professional.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days</source>
        <translation>&quot;%1&quot; is not a number of days</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; added.</source>
        <translation>Client &quot;%1&quot; added.</translation>
    </message>
    <message>
        <source>Add an invoice.</source>
        <translation>Add an invoice.</translation>
    </message>
    <message>
        <source>Invoice number (required, unique).</source>
        <translation>Invoice number (required, unique).</translation>
    </message>
    <message>
        <source>The client&apos;s name (required).</source>
        <translation>The client&apos;s name (required).</translation>
    </message>
    <message>
        <source>Issue date (required).</source>
        <translation>Issue date (required).</translation>
    </message>
    <message>
        <source>Due date (default: issue date + the client&apos;s terms).</source>
        <translation>Due date (default: issue date + the client&apos;s terms).</translation>
    </message>
    <message>
        <source>Date the service was completed.</source>
        <translation>Date the service was completed.</translation>
    </message>
    <message>
        <source>Amount including VAT (required).</source>
        <translation>Amount including VAT (required).</translation>
    </message>
    <message>
        <source>Amount excluding VAT (default: same as --amount, no VAT).</source>
        <translation>Amount excluding VAT (default: same as --amount, no VAT).</translation>
    </message>
    <message>
        <source>ISO currency code (default EUR).</source>
        <translation>ISO currency code (default EUR).</translation>
    </message>
    <message>
        <source>Path of the invoice&apos;s PDF file.</source>
        <translation>Path of the invoice&apos;s PDF file.</translation>
    </message>
    <message>
        <source>this option is required</source>
        <translation>this option is required</translation>
    </message>
    <message>
        <source>no client is named &quot;%1&quot;</source>
        <translation>no client is named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Invoice %1 added: %2 due %3.</source>
        <translation>Invoice %1 added: %2 due %3.</translation>
    </message>
    <message>
        <source>Record a payment. Repeat --invoice to spread one payment over several invoices: NUMBER=AMOUNT gives each its share, otherwise they are settled in the order given.</source>
        <translation>Record a payment. Repeat --invoice to spread one payment over several invoices: NUMBER=AMOUNT gives each its share, otherwise they are settled in the order given.</translation>
    </message>
    <message>
        <source>Invoice number, optionally NUMBER=AMOUNT (required, repeatable).</source>
        <translation>Invoice number, optionally NUMBER=AMOUNT (required, repeatable).</translation>
    </message>
    <message>
        <source>Date the money arrived (required).</source>
        <translation>Date the money arrived (required).</translation>
    </message>
    <message>
        <source>Amount received (required).</source>
        <translation>Amount received (required).</translation>
    </message>
    <message>
        <source>transfer, cheque, card, direct-debit, cash or other.</source>
        <translation>transfer, cheque, card, direct-debit, cash or other.</translation>
    </message>
    <message>
        <source>Bank reference or remittance text.</source>
        <translation>Bank reference or remittance text.</translation>
    </message>
    <message>
        <source>ISO currency code (default: the invoice&apos;s).</source>
        <translation>ISO currency code (default: the invoice&apos;s).</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>invoice %1 does not exist</translation>
    </message>
    <message>
        <source>%1 (balance %2)</source>
        <translation>%1 (balance %2)</translation>
    </message>
    <message>
        <source>Payment of %1 recorded on %2: %3.</source>
        <translation>Payment of %1 recorded on %2: %3.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The day to report on (default: today).</source>
        <translation>The day to report on (default: today).</translation>
    </message>
    <message>
        <source>Print JSON (see docs/cli.md).</source>
        <translation>Print JSON (see docs/cli.md).</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic demo data.</source>
        <translation>Fill an empty database with realistic demo data.</translation>
    </message>
    <message>
        <source>Demo data written: %1 clients, %2 invoices.</source>
        <translation>Demo data written: %1 clients, %2 invoices.</translation>
    </message>
    <message>
        <source>a file name is required</source>
        <translation>a file name is required</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>List invoices.</source>
        <translation>List invoices.</translation>
    </message>
    <message>
        <source>Only invoices past their due date with a balance, most late first.</source>
        <translation>Only invoices past their due date with a balance, most late first.</translation>
    </message>
    <message>
        <source>Only invoices with a balance.</source>
        <translation>Only invoices with a balance.</translation>
    </message>
    <message>
        <source>Only this client&apos;s invoices.</source>
        <translation>Only this client&apos;s invoices.</translation>
    </message>
    <message>
        <source>Number, client name or amount to look for.</source>
        <translation>Number, client name or amount to look for.</translation>
    </message>
    <message>
        <source>No invoice matches.</source>
        <translation>No invoice matches.</translation>
    </message>
    <message>
        <source>What is owed, how late, and the overdue invoices.</source>
        <translation>What is owed, how late, and the overdue invoices.</translation>
    </message>
    <message>
        <source>Receivables on %1</source>
        <translation>Receivables on %1</translation>
    </message>
    <message>
        <source>Nothing is owed to you: no open invoice.</source>
        <translation>Nothing is owed to you: no open invoice.</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Overdue invoices, most late first:</source>
        <translation>Overdue invoices, most late first:</translation>
    </message>
    <message>
        <source>None: nothing to chase today.</source>
        <translation>None: nothing to chase today.</translation>
    </message>
    <message>
        <source>The day a deadline expires: the start day does not count, and a deadline ending on a Saturday, Sunday or public holiday moves to the next working day.</source>
        <translation>The day a deadline expires: the start day does not count, and a deadline ending on a Saturday, Sunday or public holiday moves to the next working day.</translation>
    </message>
    <message>
        <source>Start day, e.g. the receipt of a letter (required).</source>
        <translation>Start day, e.g. the receipt of a letter (required).</translation>
    </message>
    <message>
        <source>Length of the deadline (required).</source>
        <translation>Length of the deadline (required).</translation>
    </message>
    <message>
        <source>ouvrables, ouvres or calendaires (default).</source>
        <translation>ouvrables, ouvres or calendaires (default).</translation>
    </message>
    <message>
        <source>fr (default) or fr-alsace-moselle.</source>
        <translation>fr (default) or fr-alsace-moselle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days from 0 to 3650</source>
        <translation>&quot;%1&quot; is not a number of days from 0 to 3650</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of ouvrables, ouvres, calendaires</source>
        <translation>&quot;%1&quot; is not one of ouvrables, ouvres, calendaires</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of fr, fr-alsace-moselle</source>
        <translation>&quot;%1&quot; is not one of fr, fr-alsace-moselle</translation>
    </message>
    <message>
        <source>Late-payment interest and the fixed recovery indemnity on an amount, with the breakdown by period.</source>
        <translation>Late-payment interest and the fixed recovery indemnity on an amount, with the breakdown by period.</translation>
    </message>
    <message>
        <source>Amount due, VAT included (required).</source>
        <translation>Amount due, VAT included (required).</translation>
    </message>
    <message>
        <source>Due date (required).</source>
        <translation>Due date (required).</translation>
    </message>
    <message>
        <source>Last day counted: the payment date (default: today).</source>
        <translation>Last day counted: the payment date (default: today).</translation>
    </message>
    <message>
        <source>fr-b2b (default), fr-b2c or be-b2b.</source>
        <translation>fr-b2b (default), fr-b2c or be-b2b.</translation>
    </message>
    <message>
        <source>Contractual annual rate in %, e.g. 8.28.</source>
        <translation>Contractual annual rate in %, e.g. 8.28.</translation>
    </message>
    <message>
        <source>Date of the formal notice (required for fr-b2c).</source>
        <translation>Date of the formal notice (required for fr-b2c).</translation>
    </message>
    <message>
        <source>Divide by 366 in leap years.</source>
        <translation>Divide by 366 in leap years.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of fr-b2b, fr-b2c, be-b2b</source>
        <translation>&quot;%1&quot; is not one of fr-b2b, fr-b2c, be-b2b</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate such as 8.28</source>
        <translation>&quot;%1&quot; is not a rate such as 8.28</translation>
    </message>
    <message numerus="yes">
        <source>Interest:  %1 (%n day(s))</source>
        <translation>
            <numerusform>Interest:  %1 (%n day)</numerusform>
            <numerusform>Interest:  %1 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Indemnity: %1</source>
        <translation>Indemnity: %1</translation>
    </message>
    <message>
        <source>Total:     %1 (amount, interest and indemnity)</source>
        <translation>Total:     %1 (amount, interest and indemnity)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: relance-cli [--db FILE] COMMAND [OPTIONS]

Relance&apos;s command line: the same database and rules as the Relance window.

Global options:
  --db FILE      Database to use (default: %1)
  -h, --help     Show this help; COMMAND --help shows a command&apos;s options
  -v, --version  Show the version

Commands:
  demo           Fill an empty database with realistic demo data
  client add     Add a client
  invoice add    Add an invoice
  payment add    Record a payment against one or several invoices
  invoices       List invoices (--overdue, --client, --search, --json)
  dashboard      Totals, aging buckets and overdue invoices (--json)
  deadline       The day a deadline expires (jours ouvrables, ouvrés, calendaires)
  interest       Late-payment interest and indemnity, with the breakdown (--json)
</source>
        <translation>Usage: relance-cli [--db FILE] COMMAND [OPTIONS]

Relance&apos;s command line: the same database and rules as the Relance window.

Global options:
  --db FILE      Database to use (default: %1)
  -h, --help     Show this help; COMMAND --help shows a command&apos;s options
  -v, --version  Show the version

Commands:
  demo           Fill an empty database with realistic demo data
  client add     Add a client
  invoice add    Add an invoice
  payment add    Record a payment against one or several invoices
  invoices       List invoices (--overdue, --client, --search, --json)
  dashboard      Totals, aging buckets and overdue invoices (--json)
  deadline       The day a deadline expires (jours ouvrables, ouvrés, calendaires)
  interest       Late-payment interest and indemnity, with the breakdown (--json)
</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>Saving the client</source>
        <translation>Saving the client</translation>
    </message>
</context>
<context>
    <name>ClientService</name>
    <message>
        <source>the client&apos;s name is required</source>
        <translation>the client&apos;s name is required</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>the name is longer than 200 characters</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a SIREN (9 digits) nor a SIRET (14 digits)</source>
        <translation>&quot;%1&quot; is neither a SIREN (9 digits) nor a SIRET (14 digits)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT number (e.g. FR40123456789)</source>
        <translation>&quot;%1&quot; is not a VAT number (e.g. FR40123456789)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; is not an e-mail address</translation>
    </message>
    <message>
        <source>the country must be a two-letter code such as FR or BE</source>
        <translation>the country must be a two-letter code such as FR or BE</translation>
    </message>
    <message>
        <source>payment terms must be between 0 and 365 days</source>
        <translation>payment terms must be between 0 and 365 days</translation>
    </message>
    <message>
        <source>the penalty rate must be between 0 and 100 %</source>
        <translation>the penalty rate must be between 0 and 100 %</translation>
    </message>
    <message>
        <source>a client named &quot;%1&quot; already exists</source>
        <translation>a client named &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <source>this client no longer exists</source>
        <translation>this client no longer exists</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Relance database: %2</source>
        <translation>%1 is not a Relance database: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Relance (schema %2, this one knows %3)</source>
        <translation>%1 was written by a newer version of Relance (schema %2, this one knows %3)</translation>
    </message>
    <message>
        <source>cannot start a transaction on %1</source>
        <translation>cannot start a transaction on %1</translation>
    </message>
    <message>
        <source>Migration to schema %1</source>
        <translation>Migration to schema %1</translation>
    </message>
    <message>
        <source>no transaction is active</source>
        <translation>no transaction is active</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>the date is empty</source>
        <translation>the date is empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>&quot;%1&quot; is not a date (expected YYYY-MM-DD or DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no month %2</source>
        <translation>&quot;%1&quot;: there is no month %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: day %2 does not exist in that month</source>
        <translation>&quot;%1&quot;: day %2 does not exist in that month</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the year is out of range</source>
        <translation>&quot;%1&quot;: the year is out of range</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>the reference date is invalid</source>
        <translation>the reference date is invalid</translation>
    </message>
    <message>
        <source>the database already holds data; demo data goes only into an empty database</source>
        <translation>the database already holds data; demo data goes only into an empty database</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>Saving the invoice</source>
        <translation>Saving the invoice</translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>the invoice number is required</source>
        <translation>the invoice number is required</translation>
    </message>
    <message>
        <source>the invoice number is longer than 60 characters</source>
        <translation>the invoice number is longer than 60 characters</translation>
    </message>
    <message>
        <source>choose the client</source>
        <translation>choose the client</translation>
    </message>
    <message>
        <source>the issue date is missing or invalid</source>
        <translation>the issue date is missing or invalid</translation>
    </message>
    <message>
        <source>the due date is missing or invalid</source>
        <translation>the due date is missing or invalid</translation>
    </message>
    <message>
        <source>the due date (%1) is before the issue date (%2)</source>
        <translation>the due date (%1) is before the issue date (%2)</translation>
    </message>
    <message>
        <source>the service date is more than a year after the issue date</source>
        <translation>the service date is more than a year after the issue date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (e.g. EUR)</source>
        <translation>&quot;%1&quot; is not a currency code (e.g. EUR)</translation>
    </message>
    <message>
        <source>the amount including VAT must be greater than zero</source>
        <translation>the amount including VAT must be greater than zero</translation>
    </message>
    <message>
        <source>the amount excluding VAT cannot be negative</source>
        <translation>the amount excluding VAT cannot be negative</translation>
    </message>
    <message>
        <source>the amount excluding VAT is larger than the amount including VAT</source>
        <translation>the amount excluding VAT is larger than the amount including VAT</translation>
    </message>
    <message>
        <source>the client does not exist</source>
        <translation>the client does not exist</translation>
    </message>
    <message>
        <source>invoice %1 already exists (client %2)</source>
        <translation>invoice %1 already exists (client %2)</translation>
    </message>
    <message>
        <source>this invoice no longer exists</source>
        <translation>this invoice no longer exists</translation>
    </message>
    <message>
        <source>the currency cannot change once payments are recorded</source>
        <translation>the currency cannot change once payments are recorded</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Overpaid</translation>
    </message>
</context>
<context>
    <name>IssuerRepository</name>
    <message>
        <source>Saving your company&apos;s details</source>
        <translation>Saving your company&apos;s details</translation>
    </message>
</context>
<context>
    <name>IssuerService</name>
    <message>
        <source>your company&apos;s name is required: it heads every letter</source>
        <translation>your company&apos;s name is required: it heads every letter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SIRET (14 digits)</source>
        <translation>&quot;%1&quot; is not a SIRET (14 digits)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT number (e.g. FR40123456789)</source>
        <translation>&quot;%1&quot; is not a VAT number (e.g. FR40123456789)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; is not an e-mail address</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IBAN: check for a typo (its check digits do not match)</source>
        <translation>&quot;%1&quot; is not a valid IBAN: check for a typo (its check digits do not match)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BIC (8 or 11 characters, e.g. AGRIFRPP)</source>
        <translation>&quot;%1&quot; is not a BIC (8 or 11 characters, e.g. AGRIFRPP)</translation>
    </message>
    <message>
        <source>the country must be a two-letter code such as FR or BE</source>
        <translation>the country must be a two-letter code such as FR or BE</translation>
    </message>
</context>
<context>
    <name>LateInterest</name>
    <message>
        <source>contractual rate</source>
        <translation>contractual rate</translation>
    </message>
    <message>
        <source>the French legal interest rate for %1 is not in the rate table yet</source>
        <translation>the French legal interest rate for %1 is not in the rate table yet</translation>
    </message>
    <message>
        <source>legal rate %1</source>
        <translation>legal rate %1</translation>
    </message>
    <message>
        <source>the ECB rate in force on %1 is not in the rate table yet (it is known until %2)</source>
        <translation>the ECB rate in force on %1 is not in the rate table yet (it is known until %2)</translation>
    </message>
    <message>
        <source>ECB %1 on %2 + 8 points, rounded up to the half point</source>
        <translation>ECB %1 on %2 + 8 points, rounded up to the half point</translation>
    </message>
    <message>
        <source>ECB %1 on %2 + 10 points</source>
        <translation>ECB %1 on %2 + 10 points</translation>
    </message>
    <message>
        <source>the amount due must be greater than zero</source>
        <translation>the amount due must be greater than zero</translation>
    </message>
    <message>
        <source>the due date is missing</source>
        <translation>the due date is missing</translation>
    </message>
    <message>
        <source>the end date is missing</source>
        <translation>the end date is missing</translation>
    </message>
    <message>
        <source>a consumer owes interest only from a formal notice: give its date</source>
        <translation>a consumer owes interest only from a formal notice: give its date</translation>
    </message>
    <message>
        <source>the rate must be between 0 and 100 %</source>
        <translation>the rate must be between 0 and 100 %</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>the amount is empty</source>
        <translation>the amount is empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (expected e.g. 1234.56 or 1 234,56)</source>
        <translation>&quot;%1&quot; is not an amount (expected e.g. 1234.56 or 1 234,56)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals</source>
        <translation>&quot;%1&quot; has more than two decimals</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; is too large</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>Saving the payment</source>
        <translation>Saving the payment</translation>
    </message>
    <message>
        <source>Deleting the payment</source>
        <translation>Deleting the payment</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>the payment date is missing or invalid</source>
        <translation>the payment date is missing or invalid</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>the amount must be greater than zero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; is not a currency code</translation>
    </message>
    <message>
        <source>unknown payment method &quot;%1&quot; (one of: %2)</source>
        <translation>unknown payment method &quot;%1&quot; (one of: %2)</translation>
    </message>
    <message>
        <source>say which invoice the payment settles</source>
        <translation>say which invoice the payment settles</translation>
    </message>
    <message>
        <source>%1 is allocated to invoices but only %2 was paid</source>
        <translation>%1 is allocated to invoices but only %2 was paid</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>invoice %1 does not exist</translation>
    </message>
    <message>
        <source>invoice %1 is listed twice</source>
        <translation>invoice %1 is listed twice</translation>
    </message>
    <message>
        <source>the amount allocated to invoice %1 must be greater than zero</source>
        <translation>the amount allocated to invoice %1 must be greater than zero</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the payment in %3</source>
        <translation>invoice %1 is in %2, the payment in %3</translation>
    </message>
    <message>
        <source>this payment no longer exists</source>
        <translation>this payment no longer exists</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>RateTable</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>a date is required</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>not a date</translation>
    </message>
    <message>
        <source>not a rate such as &quot;2.15&quot;</source>
        <translation>not a rate such as &quot;2.15&quot;</translation>
    </message>
    <message>
        <source>changes must be in date order</source>
        <translation>changes must be in date order</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>no rate</translation>
    </message>
    <message>
        <source>not a half-year such as &quot;2026-H1&quot;</source>
        <translation>not a half-year such as &quot;2026-H1&quot;</translation>
    </message>
    <message>
        <source>both rates are required, such as &quot;6.67&quot;</source>
        <translation>both rates are required, such as &quot;6.67&quot;</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relance: chase unpaid invoices.</source>
        <translation>Relance: chase unpaid invoices.</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Database file to open.</translation>
    </message>
    <message>
        <source>Act as if today were DATE (for reviews and demos).</source>
        <translation>Act as if today were DATE (for reviews and demos).</translation>
    </message>
</context>
<context>
    <name>relance::ui::ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>9 or 14 digits</source>
        <translation>9 or 14 digits</translation>
    </message>
    <message>
        <source>e.g. FR40123456789</source>
        <translation>e.g. FR40123456789</translation>
    </message>
    <message>
        <source>Consumer (private individual): no 40 € indemnity, different rules</source>
        <translation>Consumer (private individual): no 40 € indemnity, different rules</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>empty: the legal default</source>
        <translation>empty: the legal default</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Legal form:</translation>
    </message>
    <message>
        <source>&amp;SIREN / SIRET:</source>
        <translation>&amp;SIREN / SIRET:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;VAT number:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Con&amp;tact person:</source>
        <translation>Con&amp;tact person:</translation>
    </message>
    <message>
        <source>Payment ter&amp;ms:</source>
        <translation>Payment ter&amp;ms:</translation>
    </message>
    <message>
        <source>Contractual penalty &amp;rate (%):</source>
        <translation>Contractual penalty &amp;rate (%):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>&quot;%1&quot; is not a percentage</translation>
    </message>
    <message>
        <source>Co&amp;untry code:</source>
        <translation>Co&amp;untry code:</translation>
    </message>
</context>
<context>
    <name>relance::ui::ClientListView</name>
    <message>
        <source>Search a name, a city or an e-mail (Ctrl+F)</source>
        <translation>Search a name, a city or an e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>No client yet.
Add one with Client ▸ New client (Ctrl+Shift+N).</source>
        <translation>No client yet.
Add one with Client ▸ New client (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>No client matches this search.</source>
        <translation>No client matches this search.</translation>
    </message>
</context>
<context>
    <name>relance::ui::ClientTableModel</name>
    <message>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
</context>
<context>
    <name>relance::ui::DashboardView</name>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>&lt;b&gt;How late&lt;/b&gt;</source>
        <translation>&lt;b&gt;How late&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue invoices&lt;/b&gt;, most late first (double-click to open)</source>
        <translation>&lt;b&gt;Overdue invoices&lt;/b&gt;, most late first (double-click to open)</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Overdue invoices</translation>
    </message>
    <message>
        <source>No overdue invoice: nothing to chase today.</source>
        <translation>No overdue invoice: nothing to chase today.</translation>
    </message>
    <message>
        <source>Receivables on %1</source>
        <translation>Receivables on %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n invoice(s)</source>
        <translation>
            <numerusform>%1 — %n invoice</numerusform>
            <numerusform>%1 — %n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 outstanding, %2 overdue</source>
        <translation>%1 outstanding, %2 overdue</translation>
    </message>
    <message>
        <source>Other currencies: %1</source>
        <translation>Other currencies: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relance::ui::InvoiceDialog</name>
    <message>
        <source>Edit invoice</source>
        <translation>Edit invoice</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <source>Service completed on:</source>
        <translation>Service completed on:</translation>
    </message>
    <message>
        <source>e.g. 1 200,00</source>
        <translation>e.g. 1 200,00</translation>
    </message>
    <message>
        <source>20 %</source>
        <translation>20 %</translation>
    </message>
    <message>
        <source>10 %</source>
        <translation>10 %</translation>
    </message>
    <message>
        <source>5.5 %</source>
        <translation>5.5 %</translation>
    </message>
    <message>
        <source>2.1 %</source>
        <translation>2.1 %</translation>
    </message>
    <message>
        <source>No VAT (art. 293 B CGI)</source>
        <translation>No VAT (art. 293 B CGI)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the invoice&apos;s PDF file</source>
        <translation>Choose the invoice&apos;s PDF file</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Issued on:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Due on:</translation>
    </message>
    <message>
        <source>Amount &amp;excl. VAT:</source>
        <translation>Amount &amp;excl. VAT:</translation>
    </message>
    <message>
        <source>&amp;VAT rate:</source>
        <translation>&amp;VAT rate:</translation>
    </message>
    <message>
        <source>&amp;Amount incl. VAT:</source>
        <translation>&amp;Amount incl. VAT:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <source>Invoice &amp;PDF:</source>
        <translation>Invoice &amp;PDF:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Invoice PDF</source>
        <translation>Invoice PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>— choose a client —</source>
        <translation>— choose a client —</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>No payment received yet.</source>
        <translation>No payment received yet.</translation>
    </message>
    <message>
        <source>Paid %1 — balance %2</source>
        <translation>Paid %1 — balance %2</translation>
    </message>
    <message>
        <source>&amp;Record a payment…</source>
        <translation>&amp;Record a payment…</translation>
    </message>
    <message>
        <source>De&amp;lete payment…</source>
        <translation>De&amp;lete payment…</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>Delete payment</translation>
    </message>
    <message>
        <source>Delete the payment of %1 received on %2?

It is removed from every invoice it settles, and their balances go back up.</source>
        <translation>Delete the payment of %1 received on %2?

It is removed from every invoice it settles, and their balances go back up.</translation>
    </message>
</context>
<context>
    <name>relance::ui::InvoiceListView</name>
    <message>
        <source>Search a number, a client or an amount (Ctrl+F)</source>
        <translation>Search a number, a client or an amount (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Search invoices</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>All invoices</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Client filter</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice matches this search or filter.</source>
        <translation>No invoice matches this search or filter.</translation>
    </message>
    <message>
        <source>No invoice yet.
Add your first one with Invoice ▸ New invoice (Ctrl+N).</source>
        <translation>No invoice yet.
Add your first one with Invoice ▸ New invoice (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>relance::ui::InvoiceTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>%1: %2, balance %3</source>
        <translation>%1: %2, balance %3</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation>Lateness</translation>
    </message>
    <message>
        <source>Overdue, partly paid</source>
        <translation>Overdue, partly paid</translation>
    </message>
</context>
<context>
    <name>relance::ui::IssuerDialog</name>
    <message>
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
    <message>
        <source>These details head every letter and tell your clients how to pay you.</source>
        <translation>These details head every letter and tell your clients how to pay you.</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>e.g. FR76 3000 6000 0112 3456 7890 189</source>
        <translation>e.g. FR76 3000 6000 0112 3456 7890 189</translation>
    </message>
    <message>
        <source>e.g. Manager, Sole trader</source>
        <translation>e.g. Manager, Sole trader</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Legal form:</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;VAT number:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <source>Co&amp;untry code:</source>
        <translation>Co&amp;untry code:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>Si&amp;gnatory:</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;capacity:</source>
        <translation>Signatory&apos;s &amp;capacity:</translation>
    </message>
</context>
<context>
    <name>relance::ui::MainWindow</name>
    <message>
        <source>Relance</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>New &amp;invoice…</source>
        <translation>New &amp;invoice…</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>Record a &amp;payment…</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>New &amp;client…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Invoices</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;About Relance</source>
        <translation>&amp;About Relance</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Invoice</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Main tool bar</translation>
    </message>
    <message>
        <source>Open a Relance database</source>
        <translation>Open a Relance database</translation>
    </message>
    <message>
        <source>Relance databases (*.sqlite *.db);;All files (*)</source>
        <translation>Relance databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>New Relance database</source>
        <translation>New Relance database</translation>
    </message>
    <message>
        <source>Relance databases (*.sqlite)</source>
        <translation>Relance databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>%1

The database that was open stays open.</source>
        <translation>%1

The database that was open stays open.</translation>
    </message>
    <message>
        <source>Database: %1 — today: %2</source>
        <translation>Database: %1 — today: %2</translation>
    </message>
    <message>
        <source>About Relance</source>
        <translation>About Relance</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relance %1&lt;/h3&gt;&lt;p&gt;Chase unpaid invoices: see what is overdue every morning, and act on it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Relance %1&lt;/h3&gt;&lt;p&gt;Chase unpaid invoices: see what is overdue every morning, and act on it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your &amp;company…</source>
        <translation>Your &amp;company…</translation>
    </message>
</context>
<context>
    <name>relance::ui::PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <source>— choose a client —</source>
        <translation>— choose a client —</translation>
    </message>
    <message>
        <source>e.g. 1 200,00</source>
        <translation>e.g. 1 200,00</translation>
    </message>
    <message>
        <source>bank reference or remittance text</source>
        <translation>bank reference or remittance text</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Received &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Amount received:</source>
        <translation>&amp;Amount received:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>&amp;Settles these invoices (oldest first; change a share if needed):</source>
        <translation>&amp;Settles these invoices (oldest first; change a share if needed):</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Share of this payment</source>
        <translation>Share of this payment</translation>
    </message>
    <message>
        <source>choose the client who paid</source>
        <translation>choose the client who paid</translation>
    </message>
    <message>
        <source>invoice %1: %2</source>
        <translation>invoice %1: %2</translation>
    </message>
    <message>
        <source>Choose the client who paid to see the invoices they owe.</source>
        <translation>Choose the client who paid to see the invoices they owe.</translation>
    </message>
    <message>
        <source>This client owes nothing: every invoice is paid.</source>
        <translation>This client owes nothing: every invoice is paid.</translation>
    </message>
</context>
</TS>
