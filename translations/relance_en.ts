<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionRepository</name>
    <message>
        <source>Recording the action</source>
        <translation>Recording the action</translation>
    </message>
    <message>
        <source>Recording the receipt</source>
        <translation>Recording the receipt</translation>
    </message>
</context>
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
    <name>AgreementRepository</name>
    <message>
        <source>Recording the agreement</source>
        <translation>Recording the agreement</translation>
    </message>
    <message>
        <source>Recording the payment plan</source>
        <translation>Recording the payment plan</translation>
    </message>
    <message>
        <source>Changing the plan&apos;s status</source>
        <translation>Changing the plan&apos;s status</translation>
    </message>
    <message>
        <source>Recording the settlement</source>
        <translation>Recording the settlement</translation>
    </message>
    <message>
        <source>Changing the settlement&apos;s status</source>
        <translation>Changing the settlement&apos;s status</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>choose at least one invoice</source>
        <translation>choose at least one invoice</translation>
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
        <source>invoice %1 is another client&apos;s: an agreement covers the invoices of one client</source>
        <translation>invoice %1 is another client&apos;s: an agreement covers the invoices of one client</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the others in %3</source>
        <translation>invoice %1 is in %2, the others in %3</translation>
    </message>
    <message>
        <source>invoice %1 is paid: nothing to spread</source>
        <translation>invoice %1 is paid: nothing to spread</translation>
    </message>
    <message>
        <source>invoice %1 is disputed: resolve the dispute before agreeing a plan</source>
        <translation>invoice %1 is disputed: resolve the dispute before agreeing a plan</translation>
    </message>
    <message>
        <source>invoice %1 is already in an active payment plan (plan %2)</source>
        <translation>invoice %1 is already in an active payment plan (plan %2)</translation>
    </message>
    <message>
        <source>the date is missing or invalid</source>
        <translation>the date is missing or invalid</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 is in the future</translation>
    </message>
    <message>
        <source>the date of the agreement is missing or invalid</source>
        <translation>the date of the agreement is missing or invalid</translation>
    </message>
    <message>
        <source>invoice %1: %2</source>
        <translation>invoice %1: %2</translation>
    </message>
    <message>
        <source>type at least one instalment</source>
        <translation>type at least one instalment</translation>
    </message>
    <message>
        <source>instalment %1: the date is missing or invalid</source>
        <translation>instalment %1: the date is missing or invalid</translation>
    </message>
    <message>
        <source>instalment %1 (%2) comes before the agreement or the instalment before it</source>
        <translation>instalment %1 (%2) comes before the agreement or the instalment before it</translation>
    </message>
    <message>
        <source>instalment %1: the amount must be above zero</source>
        <translation>instalment %1: the amount must be above zero</translation>
    </message>
    <message>
        <source>the deposit must be less than the %1 the plan covers</source>
        <translation>the deposit must be less than the %1 the plan covers</translation>
    </message>
    <message>
        <source>the first instalment&apos;s date is missing or before the agreement</source>
        <translation>the first instalment&apos;s date is missing or before the agreement</translation>
    </message>
    <message>
        <source>the deposit is paid between the agreement and the first instalment</source>
        <translation>the deposit is paid between the agreement and the first instalment</translation>
    </message>
    <message>
        <source>the instalments add up to %1, but the plan covers %2</source>
        <translation>the instalments add up to %1, but the plan covers %2</translation>
    </message>
    <message>
        <source>payment plan %1 does not exist</source>
        <translation>payment plan %1 does not exist</translation>
    </message>
    <message>
        <source>payment plan %1 is not active</source>
        <translation>payment plan %1 is not active</translation>
    </message>
    <message>
        <source>a plan cannot be broken before it was agreed (%1)</source>
        <translation>a plan cannot be broken before it was agreed (%1)</translation>
    </message>
    <message>
        <source>the plan has no instalment %1</source>
        <translation>the plan has no instalment %1</translation>
    </message>
    <message>
        <source>Reminder of instalment %1 of %2</source>
        <translation>Reminder of instalment %1 of %2</translation>
    </message>
    <message>
        <source>the new due date comes before the agreement</source>
        <translation>the new due date comes before the agreement</translation>
    </message>
    <message>
        <source>a discount is between 0 and 100 %</source>
        <translation>a discount is between 0 and 100 %</translation>
    </message>
    <message>
        <source>say until when the discount for prompt payment applies</source>
        <translation>say until when the discount for prompt payment applies</translation>
    </message>
    <message>
        <source>a new settlement is proposed or confirmed</source>
        <translation>a new settlement is proposed or confirmed</translation>
    </message>
    <message>
        <source>settlement %1 does not exist</source>
        <translation>settlement %1 does not exist</translation>
    </message>
    <message>
        <source>settlement %1 is already %2</source>
        <translation>settlement %1 is already %2</translation>
    </message>
    <message>
        <source>the date comes before the agreement</source>
        <translation>the date comes before the agreement</translation>
    </message>
    <message>
        <source>As agreed on %1%2 (%3):</source>
        <translation>As agreed on %1%2 (%3):</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> with %1</translation>
    </message>
    <message>
        <source>- the balance is paid by %1 at the latest;</source>
        <translation>- the balance is paid by %1 at the latest;</translation>
    </message>
    <message numerus="yes">
        <source>- %1 is paid in %n instalment(s):</source>
        <translation>
            <numerusform>- %1 is paid in %n instalment:</numerusform>
            <numerusform>- %1 is paid in %n instalments:</numerusform>
        </translation>
    </message>
    <message>
        <source>- the late-payment interest and the fixed recovery indemnity are waived;</source>
        <translation>- the late-payment interest and the fixed recovery indemnity are waived;</translation>
    </message>
    <message>
        <source>- the late-payment interest is waived;</source>
        <translation>- the late-payment interest is waived;</translation>
    </message>
    <message>
        <source>- the fixed recovery indemnity is waived;</source>
        <translation>- the fixed recovery indemnity is waived;</translation>
    </message>
    <message>
        <source>- should this agreement not be kept, they will be claimed again in full;</source>
        <translation>- should this agreement not be kept, they will be claimed again in full;</translation>
    </message>
    <message>
        <source>- a discount of %1 applies if everything is paid by %2;</source>
        <translation>- a discount of %1 applies if everything is paid by %2;</translation>
    </message>
    <message>
        <source>no invoice is named</source>
        <translation>no invoice is named</translation>
    </message>
    <message>
        <source>invoice %1 was issued on %2, after the signature</source>
        <translation>invoice %1 was issued on %2, after the signature</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>Dates of my choice</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>overdue, partly paid</source>
        <translation>overdue, partly paid</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>partly paid</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>to come</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>confirmed in writing</source>
        <translation>confirmed in writing</translation>
    </message>
    <message>
        <source>honoured</source>
        <translation>honoured</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>resolved: paid</source>
        <translation>resolved: paid</translation>
    </message>
    <message>
        <source>resolved: credit note</source>
        <translation>resolved: credit note</translation>
    </message>
    <message>
        <source>resolved: invoice upheld, chasing resumes</source>
        <translation>resolved: invoice upheld, chasing resumes</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Copying the database</source>
        <translation>Copying the database</translation>
    </message>
    <message>
        <source>the backup cannot be written</source>
        <translation>the backup cannot be written</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Writing the backup</translation>
    </message>
    <message>
        <source>this archived file cannot be read: %1</source>
        <translation>this archived file cannot be read: %1</translation>
    </message>
    <message>
        <source>the backup cannot be written here</source>
        <translation>the backup cannot be written here</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>this is not a Relance backup</source>
        <translation>this is not a Relance backup</translation>
    </message>
    <message>
        <source>this backup was made by a newer version of Relance</source>
        <translation>this backup was made by a newer version of Relance</translation>
    </message>
    <message>
        <source>this backup is damaged</source>
        <translation>this backup is damaged</translation>
    </message>
    <message>
        <source>this backup is damaged (%1)</source>
        <translation>this backup is damaged (%1)</translation>
    </message>
    <message>
        <source>a restored file cannot be written: %1</source>
        <translation>a restored file cannot be written: %1</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restoring the backup</translation>
    </message>
    <message>
        <source>this is a folder: name the backup file</source>
        <translation>this is a folder: name the backup file</translation>
    </message>
    <message>
        <source>the backup cannot be written (is the disk full?)</source>
        <translation>the backup cannot be written (is the disk full?)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>cannot create the folder</translation>
    </message>
    <message>
        <source>the backup cannot be read: %1</source>
        <translation>the backup cannot be read: %1</translation>
    </message>
    <message>
        <source>the backup cannot be copied next to the database: %1</source>
        <translation>the backup cannot be copied next to the database: %1</translation>
    </message>
    <message>
        <source>this backup is damaged: its content does not match its checksum</source>
        <translation>this backup is damaged: its content does not match its checksum</translation>
    </message>
    <message>
        <source>a restored file cannot be written</source>
        <translation>a restored file cannot be written</translation>
    </message>
    <message>
        <source>the restored database cannot be written (is the disk full?)</source>
        <translation>the restored database cannot be written (is the disk full?)</translation>
    </message>
    <message>
        <source>the current book cannot be read</source>
        <translation>the current book cannot be read</translation>
    </message>
</context>
<context>
    <name>BankCsv</name>
    <message>
        <source>the movement has no amount</source>
        <translation>the movement has no amount</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; is not a currency code</translation>
    </message>
    <message>
        <source>this file is not a bank statement Relance reads (CAMT.053/054, OFX, MT940, or a CSV with a date column and an amount, debit or credit column)</source>
        <translation>this file is not a bank statement Relance reads (CAMT.053/054, OFX, MT940, or a CSV with a date column and an amount, debit or credit column)</translation>
    </message>
</context>
<context>
    <name>BankService</name>
    <message>
        <source>a credit of %1 has no date or no currency</source>
        <translation>a credit of %1 has no date or no currency</translation>
    </message>
    <message>
        <source>Recording the bank statement</source>
        <translation>Recording the bank statement</translation>
    </message>
    <message>
        <source>the invoice number and its balance</source>
        <translation>the invoice number and its balance</translation>
    </message>
    <message>
        <source>the invoice number, paid in part</source>
        <translation>the invoice number, paid in part</translation>
    </message>
    <message>
        <source>the invoice number; more was paid than is owed</source>
        <translation>the invoice number; more was paid than is owed</translation>
    </message>
    <message>
        <source>the client and the exact balance</source>
        <translation>the client and the exact balance</translation>
    </message>
    <message>
        <source>the exact balance of one invoice</source>
        <translation>the exact balance of one invoice</translation>
    </message>
    <message>
        <source>the sum of the client&apos;s open invoices</source>
        <translation>the sum of the client&apos;s open invoices</translation>
    </message>
    <message>
        <source>bank credit %1 is not waiting to be matched</source>
        <translation>bank credit %1 is not waiting to be matched</translation>
    </message>
    <message>
        <source>Matching the bank credit</source>
        <translation>Matching the bank credit</translation>
    </message>
    <message>
        <source>instalment %1 of %2 of the payment plan</source>
        <translation>instalment %1 of %2 of the payment plan</translation>
    </message>
    <message>
        <source>instalments %1 to %2 of %3 of the payment plan</source>
        <translation>instalments %1 to %2 of %3 of the payment plan</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>invoice %1 does not exist</translation>
    </message>
    <message>
        <source>%1 is more than the %2 invoice %3 still owes</source>
        <translation>%1 is more than the %2 invoice %3 still owes</translation>
    </message>
    <message>
        <source>Setting the bank credit aside</source>
        <translation>Setting the bank credit aside</translation>
    </message>
    <message>
        <source>bank credit %1 is not %2</source>
        <translation>bank credit %1 is not %2</translation>
    </message>
    <message>
        <source>waiting to be matched</source>
        <translation>waiting to be matched</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>set aside</translation>
    </message>
    <message>
        <source>the credit of %1 is older than invoice %2, issued on %3</source>
        <translation>the credit of %1 is older than invoice %2, issued on %3</translation>
    </message>
    <message>
        <source>%1 never paid into account %2 before</source>
        <translation>%1 never paid into account %2 before</translation>
    </message>
    <message>
        <source>the payment reference and the balance</source>
        <translation>the payment reference and the balance</translation>
    </message>
    <message>
        <source>the payment reference and the balances it covers</source>
        <translation>the payment reference and the balances it covers</translation>
    </message>
    <message>
        <source>the payment reference, paid in part</source>
        <translation>the payment reference, paid in part</translation>
    </message>
    <message>
        <source>the payment reference; more was paid than is owed</source>
        <translation>the payment reference; more was paid than is owed</translation>
    </message>
</context>
<context>
    <name>BankStatement</name>
    <message>
        <source>this XML is not an ISO 20022 bank statement (its root is &lt;%1&gt;)</source>
        <translation>this XML is not an ISO 20022 bank statement (its root is &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; is not an amount</translation>
    </message>
    <message>
        <source>an entry has no amount or no credit/debit indicator</source>
        <translation>an entry has no amount or no credit/debit indicator</translation>
    </message>
    <message>
        <source>the file holds no statement (no Stmt or Ntfctn element)</source>
        <translation>the file holds no statement (no Stmt or Ntfctn element)</translation>
    </message>
    <message>
        <source>this is not an OFX file (no &lt;OFX&gt; element)</source>
        <translation>this is not an OFX file (no &lt;OFX&gt; element)</translation>
    </message>
    <message>
        <source>the OFX file holds no bank or card statement</source>
        <translation>the OFX file holds no bank or card statement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a balance (C or D, date, currency, amount)</source>
        <translation>&quot;%1&quot; is not a balance (C or D, date, currency, amount)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a statement line (date, C or D, amount...)</source>
        <translation>&quot;%1&quot; is not a statement line (date, C or D, amount...)</translation>
    </message>
    <message>
        <source>this is not an MT940 statement (no :20:, :60F: or :61: field)</source>
        <translation>this is not an MT940 statement (no :20:, :60F: or :61: field)</translation>
    </message>
    <message>
        <source>this file is not a bank statement Relance reads (CAMT.053/054, OFX, MT940 or CSV)</source>
        <translation>this file is not a bank statement Relance reads (CAMT.053/054, OFX, MT940 or CSV)</translation>
    </message>
</context>
<context>
    <name>BookLock</name>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>cannot lock %1: %2</translation>
    </message>
    <message>
        <source>%1 is open in another Relance window or command: close it first</source>
        <translation>%1 is open in another Relance window or command: close it first</translation>
    </message>
</context>
<context>
    <name>BookSweep</name>
    <message numerus="yes">
        <source>%n file(s) recorded before an interruption put in place (%1)</source>
        <translation>
            <numerusform>%n file recorded before an interruption put in place (%1)</numerusform>
            <numerusform>%n files recorded before an interruption put in place (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished file(s) that nothing records removed (%1)</source>
        <translation>
            <numerusform>%n unfinished file that nothing records removed (%1)</numerusform>
            <numerusform>%n unfinished files that nothing records removed (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>calendar days</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>working days (Mon-Sat)</source>
        <translation>working days (Mon-Sat)</translation>
    </message>
    <message>
        <source>business days (Mon-Fri)</source>
        <translation>business days (Mon-Fri)</translation>
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
        <source>Contractual annual rate in %, e.g. 8.28.</source>
        <translation>Contractual annual rate in %, e.g. 8.28.</translation>
    </message>
    <message>
        <source>Divide by 366 in leap years.</source>
        <translation>Divide by 366 in leap years.</translation>
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
        <source>fr-b2b (default), fr-b2c, be-b2b or be-b2c.</source>
        <translation>fr-b2b (default), fr-b2c, be-b2b or be-b2c.</translation>
    </message>
    <message>
        <source>Date of the formal notice (required for consumers; for be-b2c the first reminder).</source>
        <translation>Date of the formal notice (required for consumers; for be-b2c the first reminder).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; is not one of %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate such as 2.15</source>
        <translation>&quot;%1&quot; is not a rate such as 2.15</translation>
    </message>
    <message>
        <source>What to do today: every unpaid invoice&apos;s next step on its escalation ladder, grouped by channel.</source>
        <translation>What to do today: every unpaid invoice&apos;s next step on its escalation ladder, grouped by channel.</translation>
    </message>
    <message>
        <source>Also list the steps of the next N days.</source>
        <translation>Also list the steps of the next N days.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days from 0 to 366</source>
        <translation>&quot;%1&quot; is not a number of days from 0 to 366</translation>
    </message>
    <message numerus="yes">
        <source>Agenda for %1: %n step(s) to do</source>
        <translation>
            <numerusform>Agenda for %1: %n step to do</numerusform>
            <numerusform>Agenda for %1: %n steps to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n invoice(s) paused</source>
        <translation>
            <numerusform>, %n invoice paused</numerusform>
            <numerusform>, %n invoices paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n at the end of their ladder</source>
        <translation>
            <numerusform>, %n at the end of their ladder</numerusform>
            <numerusform>, %n at the end of their ladder</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chase today.</source>
        <translation>Nothing to chase today.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>Record a step done on an invoice (an e-mail sent, a call made, a letter posted): the invoice moves to its next step.</source>
        <translation>Record a step done on an invoice (an e-mail sent, a call made, a letter posted): the invoice moves to its next step.</translation>
    </message>
    <message>
        <source>Invoice number (required).</source>
        <translation>Invoice number (required).</translation>
    </message>
    <message>
        <source>How: %1 (required).</source>
        <translation>How: %1 (required).</translation>
    </message>
    <message>
        <source>When it was done (default: today).</source>
        <translation>When it was done (default: today).</translation>
    </message>
    <message>
        <source>What happened, in your words.</source>
        <translation>What happened, in your words.</translation>
    </message>
    <message>
        <source>done (default), no_answer (try again the next working day), promised, or disputed (pauses the invoice).</source>
        <translation>done (default), no_answer (try again the next working day), promised, or disputed (pauses the invoice).</translation>
    </message>
    <message>
        <source>Registered letter: its tracking number.</source>
        <translation>Registered letter: its tracking number.</translation>
    </message>
    <message>
        <source>Registered letter: the day it was received.</source>
        <translation>Registered letter: the day it was received.</translation>
    </message>
    <message>
        <source>A note outside the ladder: the invoice stays at its step.</source>
        <translation>A note outside the ladder: the invoice stays at its step.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of done, no_answer, promised, disputed</source>
        <translation>&quot;%1&quot; is not one of done, no_answer, promised, disputed</translation>
    </message>
    <message>
        <source>Recorded action %1 on invoice %2.</source>
        <translation>Recorded action %1 on invoice %2.</translation>
    </message>
    <message>
        <source>Next step: %1, on %2.</source>
        <translation>Next step: %1, on %2.</translation>
    </message>
    <message>
        <source>Chasing is paused: %1.</source>
        <translation>Chasing is paused: %1.</translation>
    </message>
    <message>
        <source>Record the receipt of a registered letter: the steps after it count from that day.</source>
        <translation>Record the receipt of a registered letter: the steps after it count from that day.</translation>
    </message>
    <message>
        <source>The action number printed by &quot;action add&quot; (required).</source>
        <translation>The action number printed by &quot;action add&quot; (required).</translation>
    </message>
    <message>
        <source>Day of receipt or first presentation (required).</source>
        <translation>Day of receipt or first presentation (required).</translation>
    </message>
    <message>
        <source>Tracking number, if not given before.</source>
        <translation>Tracking number, if not given before.</translation>
    </message>
    <message>
        <source>an action number is required</source>
        <translation>an action number is required</translation>
    </message>
    <message>
        <source>Receipt recorded.</source>
        <translation>Receipt recorded.</translation>
    </message>
    <message>
        <source>What an invoice owes on a day: balance, late interest and indemnity with the breakdown, recovery risk, limitation, and its next step.</source>
        <translation>What an invoice owes on a day: balance, late interest and indemnity with the breakdown, recovery risk, limitation, and its next step.</translation>
    </message>
    <message>
        <source>Invoice %1, %2: balance %3 on %4 (%5)</source>
        <translation>Invoice %1, %2: balance %3 on %4 (%5)</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risk: %1</translation>
    </message>
    <message>
        <source>Limitation: claims must be brought by %1 (%2).</source>
        <translation>Limitation: claims must be brought by %1 (%2).</translation>
    </message>
    <message>
        <source>Chase a paused invoice again, from where it stood.</source>
        <translation>Chase a paused invoice again, from where it stood.</translation>
    </message>
    <message>
        <source>Invoice %1: %2.</source>
        <translation>Invoice %1: %2.</translation>
    </message>
    <message>
        <source>The rate table: ECB rate on 1 January / 1 July, French legal rates and Belgian B2B rate per half-year, with the ones you added.</source>
        <translation>The rate table: ECB rate on 1 January / 1 July, French legal rates and Belgian B2B rate per half-year, with the ones you added.</translation>
    </message>
    <message>
        <source>Half     ECB    Legal (person)  Legal (other)  Belgium B2B  Source</source>
        <translation>Half     ECB    Legal (person)  Legal (other)  Belgium B2B  Source</translation>
    </message>
    <message>
        <source>shipped with Relance</source>
        <translation>shipped with Relance</translation>
    </message>
    <message>
        <source>Add the rates of a new half-year once they are published.</source>
        <translation>Add the rates of a new half-year once they are published.</translation>
    </message>
    <message>
        <source>The half-year, e.g. 2026-H2 (required).</source>
        <translation>The half-year, e.g. 2026-H2 (required).</translation>
    </message>
    <message>
        <source>ECB main refinancing rate in force on its first day, e.g. 2.15.</source>
        <translation>ECB main refinancing rate in force on its first day, e.g. 2.15.</translation>
    </message>
    <message>
        <source>French legal rate, creditor a private person.</source>
        <translation>French legal rate, creditor a private person.</translation>
    </message>
    <message>
        <source>French legal rate, other cases.</source>
        <translation>French legal rate, other cases.</translation>
    </message>
    <message>
        <source>Belgian late-payment rate for businesses.</source>
        <translation>Belgian late-payment rate for businesses.</translation>
    </message>
    <message>
        <source>Where the values come from (required).</source>
        <translation>Where the values come from (required).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a half-year such as 2026-H2</source>
        <translation>&quot;%1&quot; is not a half-year such as 2026-H2</translation>
    </message>
    <message>
        <source>Added the rates of %1.</source>
        <translation>Added the rates of %1.</translation>
    </message>
    <message>
        <source>Use the last known rates for the next half-year while its rates are not published (you accept the approximation).</source>
        <translation>Use the last known rates for the next half-year while its rates are not published (you accept the approximation).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Folder of the letters&apos; archive (default: beside the database).</source>
        <translation>Folder of the letters&apos; archive (default: beside the database).</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter; kinds are %2</source>
        <translation>&quot;%1&quot; is not a kind of letter; kinds are %2</translation>
    </message>
    <message>
        <source>Writes a letter about one or several invoices of one client as a PDF, archives it with its SHA-256 and records it on each invoice&apos;s history (--draft: only the PDF).</source>
        <translation>Writes a letter about one or several invoices of one client as a PDF, archives it with its SHA-256 and records it on each invoice&apos;s history (--draft: only the PDF).</translation>
    </message>
    <message>
        <source>Invoice number (repeat for several).</source>
        <translation>Invoice number (repeat for several).</translation>
    </message>
    <message>
        <source>courtesy, reminder1, reminder2, final, formal-notice, agreement, schedule or handover.</source>
        <translation>courtesy, reminder1, reminder2, final, formal-notice, agreement, schedule or handover.</translation>
    </message>
    <message>
        <source>Language of the letter: fr or en.</source>
        <translation>Language of the letter: fr or en.</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>PDF file to write.</translation>
    </message>
    <message>
        <source>Registered letter&apos;s number, printed on it.</source>
        <translation>Registered letter&apos;s number, printed on it.</translation>
    </message>
    <message>
        <source>The terms agreed (agreement letters).</source>
        <translation>The terms agreed (agreement letters).</translation>
    </message>
    <message>
        <source>An instalment DATE=AMOUNT (schedule letters; repeat).</source>
        <translation>An instalment DATE=AMOUNT (schedule letters; repeat).</translation>
    </message>
    <message>
        <source>Write the PDF only: no archive, no history.</source>
        <translation>Write the PDF only: no archive, no history.</translation>
    </message>
    <message>
        <source>Also print the e-mail and text message for this step, and a mailto: link.</source>
        <translation>Also print the e-mail and text message for this step, and a mailto: link.</translation>
    </message>
    <message>
        <source>say where to write the PDF</source>
        <translation>say where to write the PDF</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not DATE=AMOUNT, e.g. 2026-12-15=250.00</source>
        <translation>&quot;%1&quot; is not DATE=AMOUNT, e.g. 2026-12-15=250.00</translation>
    </message>
    <message>
        <source>archived as letter %1: %2 (SHA-256 %3)</source>
        <translation>archived as letter %1: %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 claimed</source>
        <translation>Wrote %1: %2, %3 claimed</translation>
    </message>
    <message>
        <source>, to pay by %1</source>
        <translation>, to pay by %1</translation>
    </message>
    <message>
        <source>E-mail subject: %1</source>
        <translation>E-mail subject: %1</translation>
    </message>
    <message>
        <source>Text message: %1</source>
        <translation>Text message: %1</translation>
    </message>
    <message>
        <source>Writes every letter due on a day (one per client and kind), each archived and recorded, into a folder, with one combined PDF to print.</source>
        <translation>Writes every letter due on a day (one per client and kind), each archived and recorded, into a folder, with one combined PDF to print.</translation>
    </message>
    <message>
        <source>The letters the agenda says are due.</source>
        <translation>The letters the agenda says are due.</translation>
    </message>
    <message>
        <source>Folder to write the PDFs into.</source>
        <translation>Folder to write the PDFs into.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>Combined, to print: %1</source>
        <translation>Combined, to print: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written</source>
        <translation>
            <numerusform>%n letter written</numerusform>
            <numerusform>%n letters written</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive of the letters produced, newest first.</source>
        <translation>The archive of the letters produced, newest first.</translation>
    </message>
    <message>
        <source>Only this invoice&apos;s letters.</source>
        <translation>Only this invoice&apos;s letters.</translation>
    </message>
    <message>
        <source>No letter yet.</source>
        <translation>No letter yet.</translation>
    </message>
    <message>
        <source>A registered letter&apos;s fate: its number, its receipt (or first presentation when not collected) and the scan of the receipt card. The deadline it gave is recomputed from that date.</source>
        <translation>A registered letter&apos;s fate: its number, its receipt (or first presentation when not collected) and the scan of the receipt card. The deadline it gave is recomputed from that date.</translation>
    </message>
    <message>
        <source>The letter&apos;s number in the archive.</source>
        <translation>The letter&apos;s number in the archive.</translation>
    </message>
    <message>
        <source>Registered letter&apos;s number.</source>
        <translation>Registered letter&apos;s number.</translation>
    </message>
    <message>
        <source>Day of receipt or first presentation.</source>
        <translation>Day of receipt or first presentation.</translation>
    </message>
    <message>
        <source>The letter was never collected.</source>
        <translation>The letter was never collected.</translation>
    </message>
    <message>
        <source>Scan of the receipt card to keep.</source>
        <translation>Scan of the receipt card to keep.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a letter number</source>
        <translation>&quot;%1&quot; is not a letter number</translation>
    </message>
    <message>
        <source>letter %1 does not exist</source>
        <translation>letter %1 does not exist</translation>
    </message>
    <message>
        <source>Letter %1: %2, receipt %3</source>
        <translation>Letter %1: %2, receipt %3</translation>
    </message>
    <message>
        <source>Shows a letter&apos;s template, or replaces it with a file&apos;s text (checked first: an unknown placeholder is refused with its line).</source>
        <translation>Shows a letter&apos;s template, or replaces it with a file&apos;s text (checked first: an unknown placeholder is refused with its line).</translation>
    </message>
    <message>
        <source>Kind of letter.</source>
        <translation>Kind of letter.</translation>
    </message>
    <message>
        <source>Language: fr or en.</source>
        <translation>Language: fr or en.</translation>
    </message>
    <message>
        <source>Only for one jurisdiction (fr-b2b, fr-b2c, be-b2b, be-b2c).</source>
        <translation>Only for one jurisdiction (fr-b2b, fr-b2c, be-b2b, be-b2c).</translation>
    </message>
    <message>
        <source>Use this file&apos;s text as the template.</source>
        <translation>Use this file&apos;s text as the template.</translation>
    </message>
    <message>
        <source>Go back to the shipped template.</source>
        <translation>Go back to the shipped template.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <source>Template restored.</source>
        <translation>Template restored.</translation>
    </message>
    <message>
        <source>Payment plan %1 — %2 — %3, agreed on %4: %5</source>
        <translation>Payment plan %1 — %2 — %3, agreed on %4: %5</translation>
    </message>
    <message>
        <source>  Total %1 (balance %2, interest %3%4, indemnity %5%6); paid since: %7</source>
        <translation>  Total %1 (balance %2, interest %3%4, indemnity %5%6); paid since: %7</translation>
    </message>
    <message>
        <source> waived</source>
        <translation> waived</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>paid %1</translation>
    </message>
    <message>
        <source> (deposit)</source>
        <translation> (deposit)</translation>
    </message>
    <message>
        <source>Agree a payment plan: the balance of one or several invoices of a client (plus the interest and indemnity owed that day, unless waived) spread over instalments. Chasing follows the plan instead.</source>
        <translation>Agree a payment plan: the balance of one or several invoices of a client (plus the interest and indemnity owed that day, unless waived) spread over instalments. Chasing follows the plan instead.</translation>
    </message>
    <message>
        <source>Invoice number (repeat for several invoices of the same client).</source>
        <translation>Invoice number (repeat for several invoices of the same client).</translation>
    </message>
    <message>
        <source>How many instalments (after the deposit).</source>
        <translation>How many instalments (after the deposit).</translation>
    </message>
    <message>
        <source>Date of the first instalment.</source>
        <translation>Date of the first instalment.</translation>
    </message>
    <message>
        <source>month (default) or week.</source>
        <translation>month (default) or week.</translation>
    </message>
    <message>
        <source>An instalment typed by hand, DATE=AMOUNT (repeat; replaces --instalments).</source>
        <translation>An instalment typed by hand, DATE=AMOUNT (repeat; replaces --instalments).</translation>
    </message>
    <message>
        <source>A deposit paid first.</source>
        <translation>A deposit paid first.</translation>
    </message>
    <message>
        <source>When the deposit is paid (default: the agreement&apos;s date).</source>
        <translation>When the deposit is paid (default: the agreement&apos;s date).</translation>
    </message>
    <message>
        <source>When the plan was agreed (default: today).</source>
        <translation>When the plan was agreed (default: today).</translation>
    </message>
    <message>
        <source>Give up the late-payment interest while the plan is kept.</source>
        <translation>Give up the late-payment interest while the plan is kept.</translation>
    </message>
    <message>
        <source>Give up the fixed recovery indemnity while the plan is kept.</source>
        <translation>Give up the fixed recovery indemnity while the plan is kept.</translation>
    </message>
    <message>
        <source>Do not claim the waived items again if the plan is broken.</source>
        <translation>Do not claim the waived items again if the plan is broken.</translation>
    </message>
    <message>
        <source>Anything to remember about it.</source>
        <translation>Anything to remember about it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of month, week</source>
        <translation>&quot;%1&quot; is not one of month, week</translation>
    </message>
    <message>
        <source>say how many instalments, e.g. 4</source>
        <translation>say how many instalments, e.g. 4</translation>
    </message>
    <message>
        <source>The payment plans of an invoice: each instalment with its date, amount, what was paid and its status.</source>
        <translation>The payment plans of an invoice: each instalment with its date, amount, what was paid and its status.</translation>
    </message>
    <message>
        <source>Invoice %1 has no payment plan.</source>
        <translation>Invoice %1 has no payment plan.</translation>
    </message>
    <message>
        <source>Declare a payment plan broken: the invoices&apos; ladder resumes where it stood, with the waived interest and indemnity claimed again if the plan said so.</source>
        <translation>Declare a payment plan broken: the invoices&apos; ladder resumes where it stood, with the waived interest and indemnity claimed again if the plan said so.</translation>
    </message>
    <message>
        <source>The plan&apos;s number (required).</source>
        <translation>The plan&apos;s number (required).</translation>
    </message>
    <message>
        <source>When (default: today).</source>
        <translation>When (default: today).</translation>
    </message>
    <message>
        <source>Payment plan %1 is broken: chasing resumes.</source>
        <translation>Payment plan %1 is broken: chasing resumes.</translation>
    </message>
    <message>
        <source>The client disputes an invoice: it leaves the agenda until resolved.</source>
        <translation>The client disputes an invoice: it leaves the agenda until resolved.</translation>
    </message>
    <message>
        <source>What the client contests (required).</source>
        <translation>What the client contests (required).</translation>
    </message>
    <message>
        <source>The amount contested (default: the balance).</source>
        <translation>The amount contested (default: the balance).</translation>
    </message>
    <message>
        <source>Dispute %1 opened on invoice %2: %3 contested; chasing is paused.</source>
        <translation>Dispute %1 opened on invoice %2: %3 contested; chasing is paused.</translation>
    </message>
    <message>
        <source>Close an invoice&apos;s dispute: paid, credited (a credit note reduces the balance) or upheld (chasing resumes where it stood).</source>
        <translation>Close an invoice&apos;s dispute: paid, credited (a credit note reduces the balance) or upheld (chasing resumes where it stood).</translation>
    </message>
    <message>
        <source>paid, credited or upheld (required).</source>
        <translation>paid, credited or upheld (required).</translation>
    </message>
    <message>
        <source>With credited: the credit note&apos;s amount.</source>
        <translation>With credited: the credit note&apos;s amount.</translation>
    </message>
    <message>
        <source>With credited: the credit note&apos;s number.</source>
        <translation>With credited: the credit note&apos;s number.</translation>
    </message>
    <message>
        <source>How it ended.</source>
        <translation>How it ended.</translation>
    </message>
    <message>
        <source>invoice %1 has no open dispute</source>
        <translation>invoice %1 has no open dispute</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of paid, credited, upheld</source>
        <translation>&quot;%1&quot; is not one of paid, credited, upheld</translation>
    </message>
    <message>
        <source>Invoice %1: dispute %2.</source>
        <translation>Invoice %1: dispute %2.</translation>
    </message>
    <message>
        <source>The client promised to pay by a date: chasing waits until the day after, then resumes, flagged.</source>
        <translation>The client promised to pay by a date: chasing waits until the day after, then resumes, flagged.</translation>
    </message>
    <message>
        <source>The promised date (required).</source>
        <translation>The promised date (required).</translation>
    </message>
    <message>
        <source>The amount promised (default: the balance).</source>
        <translation>The amount promised (default: the balance).</translation>
    </message>
    <message>
        <source>How the promise was made (default: phone).</source>
        <translation>How the promise was made (default: phone).</translation>
    </message>
    <message>
        <source>When it was made (default: today).</source>
        <translation>When it was made (default: today).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel</source>
        <translation>&quot;%1&quot; is not a channel</translation>
    </message>
    <message>
        <source>Invoice %1: promised for %2; chasing resumes on %3 if unpaid.</source>
        <translation>Invoice %1: promised for %2; chasing resumes on %3 if unpaid.</translation>
    </message>
    <message>
        <source>Everything that happened to an invoice or a client, newest first: issued, due, reminders, calls, letters, payments, plans, settlements, disputes.</source>
        <translation>Everything that happened to an invoice or a client, newest first: issued, due, reminders, calls, letters, payments, plans, settlements, disputes.</translation>
    </message>
    <message>
        <source>Invoice number.</source>
        <translation>Invoice number.</translation>
    </message>
    <message>
        <source>Client name (instead of --invoice).</source>
        <translation>Client name (instead of --invoice).</translation>
    </message>
    <message>
        <source>Also write it as a PDF (a collection dossier).</source>
        <translation>Also write it as a PDF (a collection dossier).</translation>
    </message>
    <message>
        <source>client &quot;%1&quot; does not exist</source>
        <translation>client &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Every invoice of the client</source>
        <translation>Every invoice of the client</translation>
    </message>
    <message>
        <source>History of invoice %1</source>
        <translation>History of invoice %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting for a promised payment</source>
        <translation>
            <numerusform>, %n waiting for a promised payment</numerusform>
            <numerusform>, %n waiting for a promised payment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n paid by instalments</source>
        <translation>
            <numerusform>, %n paid by instalments</numerusform>
            <numerusform>, %n paid by instalments</numerusform>
        </translation>
    </message>
    <message>
        <source>(promised for %1, not paid)</source>
        <translation>(promised for %1, not paid)</translation>
    </message>
    <message>
        <source>With --result promised: the day the client will pay (chasing waits until the day after).</source>
        <translation>With --result promised: the day the client will pay (chasing waits until the day after).</translation>
    </message>
    <message>
        <source>Stop chasing an invoice for now (on hold; a dispute is opened with dispute add).</source>
        <translation>Stop chasing an invoice for now (on hold; a dispute is opened with dispute add).</translation>
    </message>
    <message>
        <source>on_hold (the default and only one).</source>
        <translation>on_hold (the default and only one).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on_hold (a dispute is opened with dispute add)</source>
        <translation>&quot;%1&quot; is not on_hold (a dispute is opened with dispute add)</translation>
    </message>
    <message numerus="yes">
        <source>Promised this week: %1 (%n invoice(s))</source>
        <translation>
            <numerusform>Promised this week: %1 (%n invoice)</numerusform>
            <numerusform>Promised this week: %1 (%n invoices)</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment plans: %1 on track, %2 late</source>
        <translation>Payment plans: %1 on track, %2 late</translation>
    </message>
    <message numerus="yes">
        <source>In dispute: %1 (%n invoice(s)), of which %2 contested</source>
        <translation>
            <numerusform>In dispute: %1 (%n invoice), of which %2 contested</numerusform>
            <numerusform>In dispute: %1 (%n invoices), of which %2 contested</numerusform>
        </translation>
    </message>
    <message>
        <source>Import invoices from a CSV file (a spreadsheet&apos;s export). The delimiter, encoding, decimal mark, date format and columns are guessed and remembered for files of the same layout; every row is checked first and nothing is written if one is wrong. Invoices already imported are left as they are.</source>
        <translation>Import invoices from a CSV file (a spreadsheet&apos;s export). The delimiter, encoding, decimal mark, date format and columns are guessed and remembered for files of the same layout; every row is checked first and nothing is written if one is wrong. Invoices already imported are left as they are.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>The CSV file.</translation>
    </message>
    <message>
        <source>Use the mapping saved under this name.</source>
        <translation>Use the mapping saved under this name.</translation>
    </message>
    <message>
        <source>Map a field to a column: FIELD=COLUMN (the column&apos;s header or its number from 1; repeat). Fields: %1.</source>
        <translation>Map a field to a column: FIELD=COLUMN (the column&apos;s header or its number from 1; repeat). Fields: %1.</translation>
    </message>
    <message>
        <source>Create the clients the file names and Relance does not know.</source>
        <translation>Create the clients the file names and Relance does not know.</translation>
    </message>
    <message>
        <source>Save the mapping used under this name.</source>
        <translation>Save the mapping used under this name.</translation>
    </message>
    <message>
        <source>Check and tell what would be imported; write nothing.</source>
        <translation>Check and tell what would be imported; write nothing.</translation>
    </message>
    <message>
        <source>give one CSV file</source>
        <translation>give one CSV file</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=COLUMN with a known field and column</source>
        <translation>&quot;%1&quot; is not FIELD=COLUMN with a known field and column</translation>
    </message>
    <message numerus="yes">
        <source>relance-cli: %n problem(s): nothing was imported.</source>
        <translation>
            <numerusform>relance-cli: %n problem: nothing was imported.</numerusform>
            <numerusform>relance-cli: %n problems: nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 invoice(s) to add, %2 already there, %3 new client(s); nothing written (--dry-run).</source>
        <translation>%1 invoice(s) to add, %2 already there, %3 new client(s); nothing written (--dry-run).</translation>
    </message>
    <message>
        <source>Imported %1 invoice(s) from %2 (%3 already there), %4 new client(s).</source>
        <translation>Imported %1 invoice(s) from %2 (%3 already there), %4 new client(s).</translation>
    </message>
    <message>
        <source>Import e-invoices: Factur-X / ZUGFeRD PDFs, CII or UBL XML. Each becomes an invoice of its buyer (created if unknown), in its currency, with what was prepaid recorded; credit notes reduce the balance. The original file is kept beside the database. All files or none.</source>
        <translation>Import e-invoices: Factur-X / ZUGFeRD PDFs, CII or UBL XML. Each becomes an invoice of its buyer (created if unknown), in its currency, with what was prepaid recorded; credit notes reduce the balance. The original file is kept beside the database. All files or none.</translation>
    </message>
    <message>
        <source>The files (repeat).</source>
        <translation>The files (repeat).</translation>
    </message>
    <message>
        <source>Imported %1 invoice(s) and %2 credit note(s) (%3 already there), %4 new client(s).</source>
        <translation>Imported %1 invoice(s) and %2 credit note(s) (%3 already there), %4 new client(s).</translation>
    </message>
    <message>
        <source>%1 credit(s) imported, %2 already there, %3 debit(s) left aside.</source>
        <translation>%1 credit(s) imported, %2 already there, %3 debit(s) left aside.</translation>
    </message>
    <message>
        <source>Every imported credit not yet matched, with the invoices it probably pays and how sure that is. --auto-confirm-exact turns the certain ones (an invoice number and its exact balance) into payments.</source>
        <translation>Every imported credit not yet matched, with the invoices it probably pays and how sure that is. --auto-confirm-exact turns the certain ones (an invoice number and its exact balance) into payments.</translation>
    </message>
    <message>
        <source>Record the certain matches as payments first.</source>
        <translation>Record the certain matches as payments first.</translation>
    </message>
    <message>
        <source>%1 certain match(es) recorded as payments.</source>
        <translation>%1 certain match(es) recorded as payments.</translation>
    </message>
    <message>
        <source>Every imported credit is matched.</source>
        <translation>Every imported credit is matched.</translation>
    </message>
    <message>
        <source>no invoice found</source>
        <translation>no invoice found</translation>
    </message>
    <message>
        <source>Export invoices, payments (one row per invoice paid) or actions as CSV or JSON. In CSV, text that a spreadsheet would run as a formula (starting with = + - @) is prefixed with an apostrophe.</source>
        <translation>Export invoices, payments (one row per invoice paid) or actions as CSV or JSON. In CSV, text that a spreadsheet would run as a formula (starting with = + - @) is prefixed with an apostrophe.</translation>
    </message>
    <message>
        <source>invoices, payments or actions.</source>
        <translation>invoices, payments or actions.</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (default) or json.</translation>
    </message>
    <message>
        <source>The file to write (default: the standard output).</source>
        <translation>The file to write (default: the standard output).</translation>
    </message>
    <message>
        <source>say what to export: invoices, payments or actions</source>
        <translation>say what to export: invoices, payments or actions</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format (csv or json)</source>
        <translation>&quot;%1&quot; is not a format (csv or json)</translation>
    </message>
    <message>
        <source>Save the database with its archived letters and documents into one file (an SQLite file), to keep elsewhere. restore puts it back.</source>
        <translation>Save the database with its archived letters and documents into one file (an SQLite file), to keep elsewhere. restore puts it back.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>The backup file to write.</translation>
    </message>
    <message>
        <source>say where to write the backup</source>
        <translation>say where to write the backup</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: the database and %n file(s), %2 kB.</source>
        <translation>
            <numerusform>Backup written to %1: the database and %n file, %2 kB.</numerusform>
            <numerusform>Backup written to %1: the database and %n files, %2 kB.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put a backup in place of the database (--db) and its letters and documents. Close Relance first. Nothing changes unless the whole backup reads back intact; the previous files are kept with the suffix .before-restore.</source>
        <translation>Put a backup in place of the database (--db) and its letters and documents. Close Relance first. Nothing changes unless the whole backup reads back intact; the previous files are kept with the suffix .before-restore.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <source>give the backup file</source>
        <translation>give the backup file</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 with %n letter(s) and document(s).</source>
        <translation>
            <numerusform>Restored %1 with %n letter and document.</numerusform>
            <numerusform>Restored %1 with %n letters and documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bank statements (CAMT.053/054, OFX, MT940, a bank&apos;s CSV export): the credits are kept to be matched to invoices (see reconcile); a transaction already imported is never imported twice. All files or none.</source>
        <translation>Import bank statements (CAMT.053/054, OFX, MT940, a bank&apos;s CSV export): the credits are kept to be matched to invoices (see reconcile); a transaction already imported is never imported twice. All files or none.</translation>
    </message>
    <message>
        <source>%1: this archived letter is not the one that was sent (its SHA-256 differs from the one recorded)</source>
        <translation>%1: this archived letter is not the one that was sent (its SHA-256 differs from the one recorded)</translation>
    </message>
    <message>
        <source>Checks the archive: every letter&apos;s file against the SHA-256 recorded when it was sent, and every file of the archive against the book. Exits 1 on any difference.</source>
        <translation>Checks the archive: every letter&apos;s file against the SHA-256 recorded when it was sent, and every file of the archive against the book. Exits 1 on any difference.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the archive of %1</source>
        <translation>
            <numerusform>%n problem in the archive of %1</numerusform>
            <numerusform>%n problems in the archive of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) checked: each file is the one that was sent.</source>
        <translation>
            <numerusform>%n letter checked: each file is the one that was sent.</numerusform>
            <numerusform>%n letters checked: each file is the one that was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>created a new, empty book: %1</source>
        <translation>created a new, empty book: %1</translation>
    </message>
    <message>
        <source>What credit notes left clients beyond what they owed. --use spends a client&apos;s credit on its open invoices, earliest due first; --refunded records that it was paid back.</source>
        <translation>What credit notes left clients beyond what they owed. --use spends a client&apos;s credit on its open invoices, earliest due first; --refunded records that it was paid back.</translation>
    </message>
    <message>
        <source>The client (default: every client with a credit).</source>
        <translation>The client (default: every client with a credit).</translation>
    </message>
    <message>
        <source>Use the client&apos;s credit against its open invoices.</source>
        <translation>Use the client&apos;s credit against its open invoices.</translation>
    </message>
    <message>
        <source>The client&apos;s credit was paid back on DATE.</source>
        <translation>The client&apos;s credit was paid back on DATE.</translation>
    </message>
    <message>
        <source>The credit&apos;s currency (default EUR).</source>
        <translation>The credit&apos;s currency (default EUR).</translation>
    </message>
    <message>
        <source>say which client</source>
        <translation>say which client</translation>
    </message>
    <message>
        <source>%1 of credit used against open invoices.</source>
        <translation>%1 of credit used against open invoices.</translation>
    </message>
    <message>
        <source>The credit in %1 is recorded as paid back.</source>
        <translation>The credit in %1 is recorded as paid back.</translation>
    </message>
    <message>
        <source>No client has a credit.</source>
        <translation>No client has a credit.</translation>
    </message>
    <message numerus="yes">
        <source>Owed to clients (credit notes beyond their debt): %1 (%n client(s)); see client credit</source>
        <translation>
            <numerusform>Owed to clients (credit notes beyond their debt): %1 (%n client); see client credit</numerusform>
            <numerusform>Owed to clients (credit notes beyond their debt): %1 (%n clients); see client credit</numerusform>
        </translation>
    </message>
    <message>
        <source>Company number: SIREN (9 digits) or SIRET (14) in France, enterprise number (BCE, 10 digits) in Belgium.</source>
        <translation>Company number: SIREN (9 digits) or SIRET (14) in France, enterprise number (BCE, 10 digits) in Belgium.</translation>
    </message>
    <message>
        <source>Same as --siret.</source>
        <translation>Same as --siret.</translation>
    </message>
    <message>
        <source>Country whose law the contract chose (default: your company&apos;s).</source>
        <translation>Country whose law the contract chose (default: your company&apos;s).</translation>
    </message>
    <message>
        <source>yes or no: the contract provides for late-payment penalties (default: yes for a business, no for a consumer).</source>
        <translation>yes or no: the contract provides for late-payment penalties (default: yes for a business, no for a consumer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>&quot;%1&quot; is neither yes nor no</translation>
    </message>
    <message>
        <source>What the invoice is for (printed on letters).</source>
        <translation>What the invoice is for (printed on letters).</translation>
    </message>
    <message>
        <source>Write it although the book lacks its usual premise (a formal notice with no reminder before it): it then states nothing the book does not record.</source>
        <translation>Write it although the book lacks its usual premise (a formal notice with no reminder before it): it then states nothing the book does not record.</translation>
    </message>
    <message>
        <source>The client signed an acknowledgement of the debt (the &quot;Bon pour accord&quot; of a settlement or schedule letter): the limitation period restarts that day.</source>
        <translation>The client signed an acknowledgement of the debt (the &quot;Bon pour accord&quot; of a settlement or schedule letter): the limitation period restarts that day.</translation>
    </message>
    <message>
        <source>Invoice number, once per invoice it covers (required).</source>
        <translation>Invoice number, once per invoice it covers (required).</translation>
    </message>
    <message>
        <source>The date the client signed (default: today).</source>
        <translation>The date the client signed (default: today).</translation>
    </message>
    <message>
        <source>Debt acknowledged on %1: the limitation period of %2 restarts from that day.</source>
        <translation>Debt acknowledged on %1: the limitation period of %2 restarts from that day.</translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s) without a postal address (e-mails only until it is filled in): %1</source>
        <translation>
            <numerusform>%n new client without a postal address (e-mails only until it is filled in): %1</numerusform>
            <numerusform>%n new clients without a postal address (e-mails only until it is filled in): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planned %n day(s) ago</source>
        <translation>
            <numerusform>planned %n day ago</numerusform>
            <numerusform>planned %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a client&apos;s statement of account as a PDF: its open invoices with how late each is, the totals and their overdue part, the payments of the past year, and how to pay. Records nothing.</source>
        <translation>Writes a client&apos;s statement of account as a PDF: its open invoices with how late each is, the totals and their overdue part, the payments of the past year, and how to pay. Records nothing.</translation>
    </message>
    <message>
        <source>The client&apos;s name.</source>
        <translation>The client&apos;s name.</translation>
    </message>
    <message>
        <source>Language of the statement: fr or en.</source>
        <translation>Language of the statement: fr or en.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: statement of account of %2, %n open invoice(s)</source>
        <translation>
            <numerusform>Wrote %1: statement of account of %2, %n open invoice</numerusform>
            <numerusform>Wrote %1: statement of account of %2, %n open invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 to pay</source>
        <translation>, %1 to pay</translation>
    </message>
    <message>
        <source>Read the ECB main refinancing rate from the ECB&apos;s data portal and add the half-years after the shipped table whose first day it now covers. A file that rewrites a published rate is refused whole.</source>
        <translation>Read the ECB main refinancing rate from the ECB&apos;s data portal and add the half-years after the shipped table whose first day it now covers. A file that rewrites a published rate is refused whole.</translation>
    </message>
    <message>
        <source>Where to read the series (default: the ECB data portal; http, https or file).</source>
        <translation>Where to read the series (default: the ECB data portal; http, https or file).</translation>
    </message>
    <message>
        <source>%1: ECB rate %2 (in force on %3), added.</source>
        <translation>%1: ECB rate %2 (in force on %3), added.</translation>
    </message>
    <message>
        <source>Nothing new: the series, read up to %1, adds no half-year.</source>
        <translation>Nothing new: the series, read up to %1, adds no half-year.</translation>
    </message>
    <message>
        <source>Usage: relance-cli [--db FILE] COMMAND [OPTIONS]

Relance&apos;s command line: the same database and rules as the Relance window.

Global options:
  --db FILE      Database to use (default: %1)
  --today DATE   Take DATE as today (scripts, tests, reviews; default: the clock)
  -h, --help     Show this help; COMMAND --help shows a command&apos;s options
  -v, --version  Show the version

Commands:
  demo           Fill an empty database with realistic demo data
  client add     Add a client; client credit: what credit notes left clients
  invoice add    Add an invoice
  payment add    Record a payment against one or several invoices
  invoices       List invoices (--overdue, --client, --search, --json)
  dashboard      Totals, aging buckets and overdue invoices (--json)
  deadline       The day a deadline expires (jours ouvrables, ouvrés, calendaires)
  interest       Late-payment interest and indemnity, with the breakdown (--json)
  agenda         What to do today: each unpaid invoice&apos;s next step (--json)
  action add     Record a step done (e-mail, call, letter): the invoice moves on
  action receipt Record the receipt of a registered letter
  claim          An invoice&apos;s interest, indemnity, risk, limitation and next step
  invoice pause  Put an invoice on hold; invoice resume restarts the chase
  rates          The rate table; rates add, rates carry-forward for a new half-year;
                 rates update: the ECB rate from the ECB&apos;s data portal
  letter         Write a letter (reminder, formal notice...) as a PDF, archived
  letter receipt A registered letter&apos;s number, receipt date and receipt card
  letters        Every letter due today (--due --out DIR); letters list: the archive;
                 letters verify: every archived letter against its recorded SHA-256
  statement      A client&apos;s statement of account as a PDF (open invoices, payments)
  template       Show or replace a letter&apos;s template (--kind, --lang, --set FILE)
  plan add       Agree a payment plan; plan show lists its instalments, plan break ends it
  dispute add    The client disputes an invoice; dispute resolve closes it
  promise add    The client promised to pay by a date: chasing waits until then
  acknowledgement add The client signed an acknowledgement of the debt (limitation restarts)
  timeline       Everything that happened to an invoice or client (--json, --pdf)
  import invoices Import invoices (and clients) from a CSV file, all or nothing
  import einvoice Import Factur-X / ZUGFeRD PDFs and CII / UBL XML invoices and credit notes
  import bank    Import bank statements (CAMT, OFX, MT940, CSV): the credits, never twice
  reconcile      Match imported credits to invoices (--auto-confirm-exact, --json)
  export         Export invoices, payments or actions as CSV or JSON
  backup         Save the database, letters and documents into one file
  restore        Put a backup in place of the database (the previous one is kept)
</source>
        <translation>Usage: relance-cli [--db FILE] COMMAND [OPTIONS]

Relance&apos;s command line: the same database and rules as the Relance window.

Global options:
  --db FILE      Database to use (default: %1)
  --today DATE   Take DATE as today (scripts, tests, reviews; default: the clock)
  -h, --help     Show this help; COMMAND --help shows a command&apos;s options
  -v, --version  Show the version

Commands:
  demo           Fill an empty database with realistic demo data
  client add     Add a client; client credit: what credit notes left clients
  invoice add    Add an invoice
  payment add    Record a payment against one or several invoices
  invoices       List invoices (--overdue, --client, --search, --json)
  dashboard      Totals, aging buckets and overdue invoices (--json)
  deadline       The day a deadline expires (jours ouvrables, ouvrés, calendaires)
  interest       Late-payment interest and indemnity, with the breakdown (--json)
  agenda         What to do today: each unpaid invoice&apos;s next step (--json)
  action add     Record a step done (e-mail, call, letter): the invoice moves on
  action receipt Record the receipt of a registered letter
  claim          An invoice&apos;s interest, indemnity, risk, limitation and next step
  invoice pause  Put an invoice on hold; invoice resume restarts the chase
  rates          The rate table; rates add, rates carry-forward for a new half-year;
                 rates update: the ECB rate from the ECB&apos;s data portal
  letter         Write a letter (reminder, formal notice...) as a PDF, archived
  letter receipt A registered letter&apos;s number, receipt date and receipt card
  letters        Every letter due today (--due --out DIR); letters list: the archive;
                 letters verify: every archived letter against its recorded SHA-256
  statement      A client&apos;s statement of account as a PDF (open invoices, payments)
  template       Show or replace a letter&apos;s template (--kind, --lang, --set FILE)
  plan add       Agree a payment plan; plan show lists its instalments, plan break ends it
  dispute add    The client disputes an invoice; dispute resolve closes it
  promise add    The client promised to pay by a date: chasing waits until then
  acknowledgement add The client signed an acknowledgement of the debt (limitation restarts)
  timeline       Everything that happened to an invoice or client (--json, --pdf)
  import invoices Import invoices (and clients) from a CSV file, all or nothing
  import einvoice Import Factur-X / ZUGFeRD PDFs and CII / UBL XML invoices and credit notes
  import bank    Import bank statements (CAMT, OFX, MT940, CSV): the credits, never twice
  reconcile      Match imported credits to invoices (--auto-confirm-exact, --json)
  export         Export invoices, payments or actions as CSV or JSON
  backup         Save the database, letters and documents into one file
  restore        Put a backup in place of the database (the previous one is kept)
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
    <message>
        <source>&quot;%1&quot; is not a Belgian enterprise number (BCE/KBO: 10 digits such as 0456.789.133, the last two checking the first eight)</source>
        <translation>&quot;%1&quot; is not a Belgian enterprise number (BCE/KBO: 10 digits such as 0456.789.133, the last two checking the first eight)</translation>
    </message>
    <message>
        <source>the company number is longer than 30 characters</source>
        <translation>the company number is longer than 30 characters</translation>
    </message>
    <message>
        <source>the governing law must be a country&apos;s two-letter code such as FR or BE</source>
        <translation>the governing law must be a country&apos;s two-letter code such as FR or BE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (copy to) is not an e-mail address</source>
        <translation>&quot;%1&quot; (copy to) is not an e-mail address</translation>
    </message>
</context>
<context>
    <name>CollectionService</name>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>invoice %1 does not exist</translation>
    </message>
    <message>
        <source>the date is missing or invalid</source>
        <translation>the date is missing or invalid</translation>
    </message>
    <message>
        <source>an action cannot be recorded in the future</source>
        <translation>an action cannot be recorded in the future</translation>
    </message>
    <message>
        <source>the letter cannot be received before it was sent</source>
        <translation>the letter cannot be received before it was sent</translation>
    </message>
    <message>
        <source>the receipt date is in the future</source>
        <translation>the receipt date is in the future</translation>
    </message>
    <message>
        <source>a tracking number has at most 40 characters</source>
        <translation>a tracking number has at most 40 characters</translation>
    </message>
    <message>
        <source>action %1 does not exist</source>
        <translation>action %1 does not exist</translation>
    </message>
    <message>
        <source>the receipt date must be between the sending date and today</source>
        <translation>the receipt date must be between the sending date and today</translation>
    </message>
    <message>
        <source>A consumer owes interest only from a formal notice; none was sent yet.</source>
        <translation>A consumer owes interest only from a formal notice; none was sent yet.</translation>
    </message>
    <message>
        <source>Payment plan %1</source>
        <translation>Payment plan %1</translation>
    </message>
    <message>
        <source>Remind instalment %1 of %2</source>
        <translation>Remind instalment %1 of %2</translation>
    </message>
    <message>
        <source>Plan broken? Resume chasing</source>
        <translation>Plan broken? Resume chasing</translation>
    </message>
    <message>
        <source>the promised date comes before the call</source>
        <translation>the promised date comes before the call</translation>
    </message>
    <message>
        <source>Disputed (%1)</source>
        <translation>Disputed (%1)</translation>
    </message>
    <message>
        <source>open a dispute to say what is contested</source>
        <translation>open a dispute to say what is contested</translation>
    </message>
    <message>
        <source>invoice %1 is disputed: resolve the dispute to chase it again</source>
        <translation>invoice %1 is disputed: resolve the dispute to chase it again</translation>
    </message>
    <message>
        <source>payment plan %1</source>
        <translation>payment plan %1</translation>
    </message>
    <message>
        <source>settlement of %1</source>
        <translation>settlement of %1</translation>
    </message>
    <message>
        <source>A Belgian consumer owes interest only once the 14 days of a free first written reminder have run out.</source>
        <translation>A Belgian consumer owes interest only once the 14 days of a free first written reminder have run out.</translation>
    </message>
</context>
<context>
    <name>CollectionSettingsDialog</name>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
</context>
<context>
    <name>CollectionSettingsService</name>
    <message>
        <source>no such ladder</source>
        <translation>no such ladder</translation>
    </message>
    <message>
        <source>not a half-year such as 2026-H2</source>
        <translation>not a half-year such as 2026-H2</translation>
    </message>
    <message>
        <source>give at least one rate</source>
        <translation>give at least one rate</translation>
    </message>
    <message>
        <source>a rate must be between 0 and 50 %</source>
        <translation>a rate must be between 0 and 50 %</translation>
    </message>
    <message>
        <source>say where the rates come from (e.g. &quot;Journal officiel, 24 December 2026&quot;)</source>
        <translation>say where the rates come from (e.g. &quot;Journal officiel, 24 December 2026&quot;)</translation>
    </message>
    <message>
        <source>%1 was already added: remove it first to change it</source>
        <translation>%1 was already added: remove it first to change it</translation>
    </message>
    <message>
        <source>%1 ships with Relance and cannot be removed</source>
        <translation>%1 ships with Relance and cannot be removed</translation>
    </message>
    <message>
        <source>a ladder needs a name</source>
        <translation>a ladder needs a name</translation>
    </message>
    <message>
        <source>a ladder needs at least one step</source>
        <translation>a ladder needs at least one step</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>step %1: %2</translation>
    </message>
    <message>
        <source>unknown letter or message &quot;%1&quot;</source>
        <translation>unknown letter or message &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the delay must be between -365 and 3650 days</source>
        <translation>the delay must be between -365 and 3650 days</translation>
    </message>
    <message>
        <source>only a step counted from the due date can come before it</source>
        <translation>only a step counted from the due date can come before it</translation>
    </message>
    <message>
        <source>counting from a receipt needs a registered letter just before</source>
        <translation>counting from a receipt needs a registered letter just before</translation>
    </message>
    <message>
        <source>counting from a payment deadline needs a step just before that gives one</source>
        <translation>counting from a payment deadline needs a step just before that gives one</translation>
    </message>
    <message>
        <source>the payment deadline must be between 0 and 365 days</source>
        <translation>the payment deadline must be between 0 and 365 days</translation>
    </message>
    <message>
        <source>another ladder is called &quot;%1&quot;</source>
        <translation>another ladder is called &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the last ladder cannot be removed</source>
        <translation>the last ladder cannot be removed</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code</source>
        <translation>&quot;%1&quot; is not a two-letter country code</translation>
    </message>
</context>
<context>
    <name>ColumnFormats</name>
    <message>
        <source>&quot;%1&quot; is not a date that exists</source>
        <translation>&quot;%1&quot; is not a date that exists</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; is not an amount</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>the amount is empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals</source>
        <translation>&quot;%1&quot; has more than two decimals</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount</source>
        <translation>&quot;%1&quot; is too large an amount</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>the date is empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written %2</source>
        <translation>&quot;%1&quot; is not a date written %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>text after a closing quote</source>
        <translation>text after a closing quote</translation>
    </message>
    <message>
        <source>a quoted field is not closed (it starts on line %1)</source>
        <translation>a quoted field is not closed (it starts on line %1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
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
    <message>
        <source>there is no Relance book at %1</source>
        <translation>there is no Relance book at %1</translation>
    </message>
    <message>
        <source>%1: a restore had been interrupted; it was completed</source>
        <translation>%1: a restore had been interrupted; it was completed</translation>
    </message>
    <message>
        <source>%1 cannot be written (a read-only file or disk)</source>
        <translation>%1 cannot be written (a read-only file or disk)</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database, not a Relance book: it was left as it is</source>
        <translation>%1 is another program&apos;s database, not a Relance book: it was left as it is</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Relance book</source>
        <translation>%1 is an empty file, not a Relance book</translation>
    </message>
    <message>
        <source>%1 was written by an earlier version of Relance: open it once with a command that changes it, or in the Relance window, to bring it up to date</source>
        <translation>%1 was written by an earlier version of Relance: open it once with a command that changes it, or in the Relance window, to bring it up to date</translation>
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
    <message>
        <source>Disputes the hours billed for the second week; sends the timesheet back.</source>
        <translation>Disputes the hours billed for the second week; sends the timesheet back.</translation>
    </message>
    <message>
        <source>Voicemail; left a message.</source>
        <translation>Voicemail; left a message.</translation>
    </message>
    <message>
        <source>Spoke to accounts: payment is being processed.</source>
        <translation>Spoke to accounts: payment is being processed.</translation>
    </message>
    <message>
        <source>Agreed on the phone; cash-flow difficulties this quarter.</source>
        <translation>Agreed on the phone; cash-flow difficulties this quarter.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>No answer.</translation>
    </message>
    <message>
        <source>Waiting for his own client&apos;s payment; will transfer on the day.</source>
        <translation>Waiting for his own client&apos;s payment; will transfer on the day.</translation>
    </message>
    <message>
        <source>Hours billed for the second week</source>
        <translation>Hours billed for the second week</translation>
    </message>
    <message>
        <source>Timesheet sent back with the client&apos;s own count.</source>
        <translation>Timesheet sent back with the client&apos;s own count.</translation>
    </message>
</context>
<context>
    <name>DisputeRepository</name>
    <message>
        <source>Recording the dispute</source>
        <translation>Recording the dispute</translation>
    </message>
    <message>
        <source>Resolving the dispute</source>
        <translation>Resolving the dispute</translation>
    </message>
    <message>
        <source>dispute %1 is not open</source>
        <translation>dispute %1 is not open</translation>
    </message>
    <message>
        <source>Recording the promise</source>
        <translation>Recording the promise</translation>
    </message>
</context>
<context>
    <name>DisputeService</name>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>invoice %1 does not exist</translation>
    </message>
    <message>
        <source>the date is missing, invalid or in the future</source>
        <translation>the date is missing, invalid or in the future</translation>
    </message>
    <message>
        <source>say what the client disputes</source>
        <translation>say what the client disputes</translation>
    </message>
    <message>
        <source>the amount contested is between 0 and the invoice&apos;s %1</source>
        <translation>the amount contested is between 0 and the invoice&apos;s %1</translation>
    </message>
    <message>
        <source>invoice %1 is already disputed</source>
        <translation>invoice %1 is already disputed</translation>
    </message>
    <message>
        <source>dispute %1 does not exist</source>
        <translation>dispute %1 does not exist</translation>
    </message>
    <message>
        <source>dispute %1 is already resolved</source>
        <translation>dispute %1 is already resolved</translation>
    </message>
    <message>
        <source>say how the dispute ended: paid, credited or upheld</source>
        <translation>say how the dispute ended: paid, credited or upheld</translation>
    </message>
    <message>
        <source>the date must be between the dispute&apos;s opening and today</source>
        <translation>the date must be between the dispute&apos;s opening and today</translation>
    </message>
    <message>
        <source>the credit note is between 0 and the balance of %1</source>
        <translation>the credit note is between 0 and the balance of %1</translation>
    </message>
    <message>
        <source>Credit note after the dispute: %1</source>
        <translation>Credit note after the dispute: %1</translation>
    </message>
    <message>
        <source>the promised date is missing or before the promise</source>
        <translation>the promised date is missing or before the promise</translation>
    </message>
    <message>
        <source>a promise more than a year ahead is a payment plan</source>
        <translation>a promise more than a year ahead is a payment plan</translation>
    </message>
    <message>
        <source>the amount promised is at most the balance of %1</source>
        <translation>the amount promised is at most the balance of %1</translation>
    </message>
    <message>
        <source>invoice %1 is paid</source>
        <translation>invoice %1 is paid</translation>
    </message>
</context>
<context>
    <name>EInvoice</name>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; is not an amount</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date that exists</source>
        <translation>&quot;%1&quot; is not a date that exists</translation>
    </message>
    <message>
        <source>this XML is not an e-invoice Relance reads (its root is &lt;%1&gt;; expected Factur-X, ZUGFeRD or UBL)</source>
        <translation>this XML is not an e-invoice Relance reads (its root is &lt;%1&gt;; expected Factur-X, ZUGFeRD or UBL)</translation>
    </message>
    <message>
        <source>the file holds no XML</source>
        <translation>the file holds no XML</translation>
    </message>
    <message>
        <source>the invoice has no number</source>
        <translation>the invoice has no number</translation>
    </message>
    <message>
        <source>the invoice has no issue date</source>
        <translation>the invoice has no issue date</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other item(s)</source>
        <translation>
            <numerusform>%1 and %n other item</numerusform>
            <numerusform>%1 and %n other items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EInvoiceImportService</name>
    <message>
        <source>%1 is a booking aid (type 751), not an invoice to collect</source>
        <translation>%1 is a booking aid (type 751), not an invoice to collect</translation>
    </message>
    <message>
        <source>%1 names no buyer</source>
        <translation>%1 names no buyer</translation>
    </message>
    <message>
        <source>%1 gives no currency</source>
        <translation>%1 gives no currency</translation>
    </message>
    <message>
        <source>%1 gives no total</source>
        <translation>%1 gives no total</translation>
    </message>
    <message>
        <source>the buyer %1 cannot be added as a client: %2</source>
        <translation>the buyer %1 cannot be added as a client: %2</translation>
    </message>
    <message>
        <source>Credit note %1 (%2)</source>
        <translation>Credit note %1 (%2)</translation>
    </message>
    <message>
        <source>invoice %1 already exists with another total (%2)</source>
        <translation>invoice %1 already exists with another total (%2)</translation>
    </message>
    <message>
        <source>invoice %1 totals zero: nothing to collect</source>
        <translation>invoice %1 totals zero: nothing to collect</translation>
    </message>
    <message>
        <source>Imported from %1 (%2)</source>
        <translation>Imported from %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is a self-billed invoice (type 389).</source>
        <translation>%1 is a self-billed invoice (type 389).</translation>
    </message>
    <message>
        <source>cannot keep a copy in %1: %2</source>
        <translation>cannot keep a copy in %1: %2</translation>
    </message>
    <message>
        <source>prepaid per %1</source>
        <translation>prepaid per %1</translation>
    </message>
    <message>
        <source>%1: %2 already paid when issued.</source>
        <translation>%1: %2 already paid when issued.</translation>
    </message>
    <message>
        <source>Credit note %1: %2 more than %3 owed, kept as the client&apos;s credit.</source>
        <translation>Credit note %1: %2 more than %3 owed, kept as the client&apos;s credit.</translation>
    </message>
</context>
<context>
    <name>EcbRates</name>
    <message>
        <source>not the ECB&apos;s CSV: no TIME_PERIOD and OBS_VALUE columns in the header</source>
        <translation>not the ECB&apos;s CSV: no TIME_PERIOD and OBS_VALUE columns in the header</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; is not a date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate</source>
        <translation>&quot;%1&quot; is not a rate</translation>
    </message>
    <message>
        <source>the file holds no observation</source>
        <translation>the file holds no observation</translation>
    </message>
    <message>
        <source>on %1 the ECB series gives %2 and the published table %3: a published rate is never rewritten, nothing was stored</source>
        <translation>on %1 the ECB series gives %2 and the published table %3: a published rate is never rewritten, nothing was stored</translation>
    </message>
    <message>
        <source>%1: the rate you entered (%2) is kept; the ECB series gives %3 (remove your half-year in the settings to take it)</source>
        <translation>%1: the rate you entered (%2) is kept; the ECB series gives %3 (remove your half-year in the settings to take it)</translation>
    </message>
    <message>
        <source>%1: you added this half-year without its ECB rate; the series gives %2 (remove your half-year in the settings to take it)</source>
        <translation>%1: you added this half-year without its ECB rate; the series gives %2 (remove your half-year in the settings to take it)</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Reading what to export</source>
        <translation>Reading what to export</translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation>nothing to export</translation>
    </message>
</context>
<context>
    <name>FacturX</name>
    <message>
        <source>this PDF cannot be read (damaged or not a PDF)</source>
        <translation>this PDF cannot be read (damaged or not a PDF)</translation>
    </message>
    <message>
        <source>this PDF carries no invoice XML: it is not a Factur-X or ZUGFeRD invoice</source>
        <translation>this PDF carries no invoice XML: it is not a Factur-X or ZUGFeRD invoice</translation>
    </message>
    <message>
        <source>the PDF&apos;s invoice XML is larger than any invoice (over %1 MB): refused</source>
        <translation>the PDF&apos;s invoice XML is larger than any invoice (over %1 MB): refused</translation>
    </message>
    <message>
        <source>this PDF is damaged: its attachments cannot be read</source>
        <translation>this PDF is damaged: its attachments cannot be read</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>GoverningLaw</name>
    <message>
        <source>%1 is a consumer living in %2: if you direct your activity to %2, the consumer keeps the protection of its law whatever the contract says (Rome I art. 6). Choose that law on the Collection tab if so.</source>
        <translation>%1 is a consumer living in %2: if you direct your activity to %2, the consumer keeps the protection of its law whatever the contract says (Rome I art. 6). Choose that law on the Collection tab if so.</translation>
    </message>
</context>
<context>
    <name>GuardedXml</name>
    <message>
        <source>the XML declares a document type (&lt;!DOCTYPE&gt;), which e-invoices and bank statements never do: refused, since its entities could expand without limit</source>
        <translation>the XML declares a document type (&lt;!DOCTYPE&gt;), which e-invoices and bank statements never do: refused, since its entities could expand without limit</translation>
    </message>
    <message>
        <source>the XML refers to an entity that no standard declares: refused</source>
        <translation>the XML refers to an entity that no standard declares: refused</translation>
    </message>
    <message>
        <source>the XML nests elements more than %1 levels deep, which no e-invoice or statement does: refused</source>
        <translation>the XML nests elements more than %1 levels deep, which no e-invoice or statement does: refused</translation>
    </message>
    <message>
        <source>the XML holds a text of more than %1 characters: refused</source>
        <translation>the XML holds a text of more than %1 characters: refused</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>not well-formed XML: %1</translation>
    </message>
</context>
<context>
    <name>HttpFetch</name>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>&quot;%1&quot; is not a URL</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 did not answer within %n second</numerusform>
            <numerusform>%1 did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered %2 %3</source>
        <translation>%1 answered %2 %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>give at least one file</source>
        <translation>give at least one file</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>Instalments</name>
    <message>
        <source>the amount to spread must be above zero</source>
        <translation>the amount to spread must be above zero</translation>
    </message>
    <message>
        <source>the number of instalments must be between 1 and %1</source>
        <translation>the number of instalments must be between 1 and %1</translation>
    </message>
    <message>
        <source>%1 instalments of less than one cent each are not possible</source>
        <translation>%1 instalments of less than one cent each are not possible</translation>
    </message>
    <message>
        <source>the first instalment&apos;s date is missing or invalid</source>
        <translation>the first instalment&apos;s date is missing or invalid</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>Being chased</source>
        <translation>Being chased</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
</context>
<context>
    <name>InvoiceImportService</name>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>Service date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Client&apos;s e-mail</source>
        <translation>Client&apos;s e-mail</translation>
    </message>
    <message>
        <source>Client&apos;s SIRET</source>
        <translation>Client&apos;s SIRET</translation>
    </message>
    <message>
        <source>Client&apos;s VAT number</source>
        <translation>Client&apos;s VAT number</translation>
    </message>
    <message>
        <source>no column is mapped to &quot;%1&quot;</source>
        <translation>no column is mapped to &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the invoice number is empty</source>
        <translation>the invoice number is empty</translation>
    </message>
    <message>
        <source>invoice %1 is already on line %2</source>
        <translation>invoice %1 is already on line %2</translation>
    </message>
    <message>
        <source>the client is empty</source>
        <translation>the client is empty</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>the %1 is empty</translation>
    </message>
    <message>
        <source>no client is named &quot;%1&quot; (create the clients with the import, or add it first)</source>
        <translation>no client is named &quot;%1&quot; (create the clients with the import, or add it first)</translation>
    </message>
    <message>
        <source>invoice %1 already exists with other values (%2, %3, issued %4)</source>
        <translation>invoice %1 already exists with other values (%2, %3, issued %4)</translation>
    </message>
    <message numerus="yes">
        <source> (and %n other problem(s); nothing was imported)</source>
        <translation>
            <numerusform> (and %n other problem; nothing was imported)</numerusform>
            <numerusform> (and %n other problems; nothing was imported)</numerusform>
        </translation>
    </message>
    <message>
        <source>Object (what it is for)</source>
        <translation>Object (what it is for)</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>Saving the invoice</source>
        <translation>Saving the invoice</translation>
    </message>
    <message>
        <source>Saving the acknowledgement</source>
        <translation>Saving the acknowledgement</translation>
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
    <message>
        <source>the late-payment rate must be between 0 and 100 %</source>
        <translation>the late-payment rate must be between 0 and 100 %</translation>
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
    <name>Jurisdiction</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>a key is required</source>
        <translation>a key is required</translation>
    </message>
    <message>
        <source>must be &quot;due_date&quot; or &quot;notice&quot;</source>
        <translation>must be &quot;due_date&quot; or &quot;notice&quot;</translation>
    </message>
    <message>
        <source>points and rounding must be rates such as &quot;8.00&quot;</source>
        <translation>points and rounding must be rates such as &quot;8.00&quot;</translation>
    </message>
    <message>
        <source>not an amount such as &quot;40.00&quot;</source>
        <translation>not an amount such as &quot;40.00&quot;</translation>
    </message>
    <message>
        <source>each bracket needs above, base and percent</source>
        <translation>each bracket needs above, base and percent</translation>
    </message>
    <message>
        <source>brackets must be in ascending order</source>
        <translation>brackets must be in ascending order</translation>
    </message>
    <message>
        <source>a scale needs at least one bracket</source>
        <translation>a scale needs at least one bracket</translation>
    </message>
    <message>
        <source>must be &quot;none&quot;, &quot;fixed&quot; or &quot;scale&quot;</source>
        <translation>must be &quot;none&quot;, &quot;fixed&quot; or &quot;scale&quot;</translation>
    </message>
    <message>
        <source>a number of months is required</source>
        <translation>a number of months is required</translation>
    </message>
    <message>
        <source>the profiles fr-b2b and fr-b2c are required</source>
        <translation>the profiles fr-b2b and fr-b2c are required</translation>
    </message>
    <message>
        <source>must be &quot;ecb_plus&quot;, &quot;fr_legal_other&quot; or &quot;published&quot;</source>
        <translation>must be &quot;ecb_plus&quot;, &quot;fr_legal_other&quot; or &quot;published&quot;</translation>
    </message>
    <message>
        <source>a published rate needs its series</source>
        <translation>a published rate needs its series</translation>
    </message>
    <message>
        <source>the rate owed without a penalty clause is required</source>
        <translation>the rate owed without a penalty clause is required</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Registered letter</source>
        <translation>Registered letter</translation>
    </message>
    <message>
        <source>Formal notice (registered, with receipt)</source>
        <translation>Formal notice (registered, with receipt)</translation>
    </message>
    <message>
        <source>Hand-over to collection</source>
        <translation>Hand-over to collection</translation>
    </message>
    <message>
        <source>Courteous</source>
        <translation>Courteous</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Friendly</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>after the due date</source>
        <translation>after the due date</translation>
    </message>
    <message>
        <source>after the previous step</source>
        <translation>after the previous step</translation>
    </message>
    <message>
        <source>after receipt of the registered letter</source>
        <translation>after receipt of the registered letter</translation>
    </message>
    <message>
        <source>after the payment deadline</source>
        <translation>after the payment deadline</translation>
    </message>
    <message>
        <source>Courtesy reminder</source>
        <translation>Courtesy reminder</translation>
    </message>
    <message>
        <source>First reminder</source>
        <translation>First reminder</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>Second reminder</translation>
    </message>
    <message>
        <source>Final reminder</source>
        <translation>Final reminder</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>Formal notice</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Gentle freelancer</source>
        <translation>Gentle freelancer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No answer, try again</source>
        <translation>No answer, try again</translation>
    </message>
    <message>
        <source>Promised to pay</source>
        <translation>Promised to pay</translation>
    </message>
    <message>
        <source>Disputes the invoice</source>
        <translation>Disputes the invoice</translation>
    </message>
</context>
<context>
    <name>LadderRepository</name>
    <message>
        <source>Saving the ladder</source>
        <translation>Saving the ladder</translation>
    </message>
    <message>
        <source>Removing the ladder</source>
        <translation>Removing the ladder</translation>
    </message>
</context>
<context>
    <name>LateInterest</name>
    <message>
        <source>contractual rate</source>
        <translation>contractual rate</translation>
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
    <message>
        <source>the French legal interest rate for %1 is not in the rate table yet: add it in the settings once it is published</source>
        <translation>the French legal interest rate for %1 is not in the rate table yet: add it in the settings once it is published</translation>
    </message>
    <message>
        <source>legal interest rate %1 (other cases)</source>
        <translation>legal interest rate %1 (other cases)</translation>
    </message>
    <message>
        <source>published rate %1</source>
        <translation>published rate %1</translation>
    </message>
    <message>
        <source>the ECB rate in force on %1 is not in the rate table yet (it is known until %2): add the half-year %3 in the settings</source>
        <translation>the ECB rate in force on %1 is not in the rate table yet (it is known until %2): add the half-year %3 in the settings</translation>
    </message>
    <message>
        <source>ECB %1 on %2 + %3 points, rounded up to a multiple of %4</source>
        <translation>ECB %1 on %2 + %3 points, rounded up to a multiple of %4</translation>
    </message>
    <message>
        <source>ECB %1 on %2 + %3 points</source>
        <translation>ECB %1 on %2 + %3 points</translation>
    </message>
    <message>
        <source>%1: the legal rate is not in the table, so the contractual rate could not be checked against its legal floor</source>
        <translation>%1: the legal rate is not in the table, so the contractual rate could not be checked against its legal floor</translation>
    </message>
    <message>
        <source>%1: %2 x the legal rate (%3) exceeds the default rate %4; the floor binds contractual rates only, the default applies</source>
        <translation>%1: %2 x the legal rate (%3) exceeds the default rate %4; the floor binds contractual rates only, the default applies</translation>
    </message>
    <message>
        <source> (rates of %1 added by you)</source>
        <translation> (rates of %1 added by you)</translation>
    </message>
    <message>
        <source>%1; the contractual rate %2 is under the legal floor (%3 x %4 = %5) and does not apply</source>
        <translation>%1; the contractual rate %2 is under the legal floor (%3 x %4 = %5) and does not apply</translation>
    </message>
    <message>
        <source>the rate of %1 (%2) is not in the rate table yet: add it in the settings once it is published</source>
        <translation>the rate of %1 (%2) is not in the rate table yet: add it in the settings once it is published</translation>
    </message>
    <message>
        <source>%1: the contractual rate %2 is under the legal floor of %3 x %4 = %5 (Code de commerce L441-10 II): the default rate %6 applies</source>
        <translation>%1: the contractual rate %2 is under the legal floor of %3 x %4 = %5 (Code de commerce L441-10 II): the default rate %6 applies</translation>
    </message>
</context>
<context>
    <name>LetterFacts</name>
    <message>
        <source>a payment plan agreed on %1 is running: the client cannot be put on notice while it is kept (record it as broken first)</source>
        <translation>a payment plan agreed on %1 is running: the client cannot be put on notice while it is kept (record it as broken first)</translation>
    </message>
    <message>
        <source>invoice %1 is disputed in full (%2): resolve the dispute, or record the part that is not contested, before a formal notice</source>
        <translation>invoice %1 is disputed in full (%2): resolve the dispute, or record the part that is not contested, before a formal notice</translation>
    </message>
    <message>
        <source>no written reminder is recorded for %1: a formal notice usually follows at least one (write a reminder first, or write the notice anyway: it will not mention any)</source>
        <translation>no written reminder is recorded for %1: a formal notice usually follows at least one (write a reminder first, or write the notice anyway: it will not mention any)</translation>
    </message>
    <message>
        <source>no formal notice is recorded for %1: a hand-over to collection follows one that remained unanswered</source>
        <translation>no formal notice is recorded for %1: a hand-over to collection follows one that remained unanswered</translation>
    </message>
    <message>
        <source>the formal notice of %1 has no receipt recorded: record when it was received (or returned not collected) first</source>
        <translation>the formal notice of %1 has no receipt recorded: record when it was received (or returned not collected) first</translation>
    </message>
    <message>
        <source>the formal notice gives the client until %1: hand the claim over after that day</source>
        <translation>the formal notice gives the client until %1: hand the claim over after that day</translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <source>Courtesy reminder (before the due date)</source>
        <translation>Courtesy reminder (before the due date)</translation>
    </message>
    <message>
        <source>First reminder</source>
        <translation>First reminder</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>Second reminder</translation>
    </message>
    <message>
        <source>Final reminder (registered)</source>
        <translation>Final reminder (registered)</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>Formal notice</translation>
    </message>
    <message>
        <source>Confirmation of a settlement</source>
        <translation>Confirmation of a settlement</translation>
    </message>
    <message>
        <source>Instalment schedule</source>
        <translation>Instalment schedule</translation>
    </message>
    <message>
        <source>Hand-over notice</source>
        <translation>Hand-over notice</translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>could not start writing the PDF</source>
        <translation>could not start writing the PDF</translation>
    </message>
</context>
<context>
    <name>LetterRepository</name>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>not collected (first presented)</source>
        <translation>not collected (first presented)</translation>
    </message>
    <message>
        <source>Archiving the letter</source>
        <translation>Archiving the letter</translation>
    </message>
    <message>
        <source>Recording the letter&apos;s receipt</source>
        <translation>Recording the letter&apos;s receipt</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>the window must fit across the sheet (0 to %1 mm from the left)</source>
        <translation>the window must fit across the sheet (0 to %1 mm from the left)</translation>
    </message>
    <message>
        <source>the window must sit in the top half of the sheet (10 to %1 mm from the top)</source>
        <translation>the window must sit in the top half of the sheet (10 to %1 mm from the top)</translation>
    </message>
    <message>
        <source>the letters&apos; text size must be between 8 and 14 points</source>
        <translation>the letters&apos; text size must be between 8 and 14 points</translation>
    </message>
    <message>
        <source>choose at least one invoice</source>
        <translation>choose at least one invoice</translation>
    </message>
    <message>
        <source>the letter&apos;s date is missing or invalid</source>
        <translation>the letter&apos;s date is missing or invalid</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>invoice %1 does not exist</translation>
    </message>
    <message>
        <source>invoice %1 is not %2&apos;s: a letter goes to one client</source>
        <translation>invoice %1 is not %2&apos;s: a letter goes to one client</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the others in %3: write one letter per currency</source>
        <translation>invoice %1 is in %2, the others in %3: write one letter per currency</translation>
    </message>
    <message>
        <source>the invoice&apos;s client does not exist</source>
        <translation>the invoice&apos;s client does not exist</translation>
    </message>
    <message>
        <source>your company&apos;s name and address print on every letter: fill them in first (Edit &gt; Your company)</source>
        <translation>your company&apos;s name and address print on every letter: fill them in first (Edit &gt; Your company)</translation>
    </message>
    <message>
        <source>a formal notice must state your SIRET: fill it in first (Edit &gt; Your company)</source>
        <translation>a formal notice must state your SIRET: fill it in first (Edit &gt; Your company)</translation>
    </message>
    <message>
        <source>a formal notice must say how to pay: fill in your IBAN first (Edit &gt; Your company)</source>
        <translation>a formal notice must say how to pay: fill in your IBAN first (Edit &gt; Your company)</translation>
    </message>
    <message>
        <source>nothing remains to be paid on %1</source>
        <translation>nothing remains to be paid on %1</translation>
    </message>
    <message>
        <source>write the terms agreed with the client</source>
        <translation>write the terms agreed with the client</translation>
    </message>
    <message>
        <source>give the instalments (date and amount of each)</source>
        <translation>give the instalments (date and amount of each)</translation>
    </message>
    <message>
        <source>instalment %1: its date must follow the letter&apos;s and the previous instalment&apos;s</source>
        <translation>instalment %1: its date must follow the letter&apos;s and the previous instalment&apos;s</translation>
    </message>
    <message>
        <source>instalment %1: the amount must be above zero, in %2</source>
        <translation>instalment %1: the amount must be above zero, in %2</translation>
    </message>
    <message>
        <source>the instalments add up to %1, not to what is owed (%2)</source>
        <translation>the instalments add up to %1, not to what is owed (%2)</translation>
    </message>
    <message>
        <source>%1, archived as %2</source>
        <translation>%1, archived as %2</translation>
    </message>
    <message>
        <source>letter %1 does not exist</source>
        <translation>letter %1 does not exist</translation>
    </message>
    <message>
        <source>say whether the letter was received or not collected</source>
        <translation>say whether the letter was received or not collected</translation>
    </message>
    <message>
        <source>the date must be between the sending date (%1) and today</source>
        <translation>the date must be between the sending date (%1) and today</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>a courtesy reminder announces a due date to come; %1 was due on %2: write a first reminder</source>
        <translation>a courtesy reminder announces a due date to come; %1 was due on %2: write a first reminder</translation>
    </message>
    <message>
        <source>your IBAN tells the client where to pay: fill it in first (Edit &gt; Your company)</source>
        <translation>your IBAN tells the client where to pay: fill it in first (Edit &gt; Your company)</translation>
    </message>
    <message>
        <source>cannot write %1: every name is taken</source>
        <translation>cannot write %1: every name is taken</translation>
    </message>
    <message>
        <source>%1: letter %2&apos;s file is missing from the archive</source>
        <translation>%1: letter %2&apos;s file is missing from the archive</translation>
    </message>
    <message>
        <source>%1: letter %2&apos;s file is not the one that was sent (its SHA-256 differs from the one recorded)</source>
        <translation>%1: letter %2&apos;s file is not the one that was sent (its SHA-256 differs from the one recorded)</translation>
    </message>
    <message>
        <source>%1: no letter of the book records this file</source>
        <translation>%1: no letter of the book records this file</translation>
    </message>
    <message>
        <source>%1, printed, archived as %2</source>
        <translation>%1, printed, archived as %2</translation>
    </message>
    <message>
        <source>%1, saved as PDF, archived as %2</source>
        <translation>%1, saved as PDF, archived as %2</translation>
    </message>
    <message>
        <source>%1, sent by e-mail, archived as %2</source>
        <translation>%1, sent by e-mail, archived as %2</translation>
    </message>
    <message>
        <source>%1&apos;s postal address is missing: a letter cannot be posted without it (fill it in on the client&apos;s card), but it can go by e-mail</source>
        <translation>%1&apos;s postal address is missing: a letter cannot be posted without it (fill it in on the client&apos;s card), but it can go by e-mail</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>unknown section [%1]; sections are %2</source>
        <translation>unknown section [%1]; sections are %2</translation>
    </message>
    <message>
        <source>section [%1] appears twice</source>
        <translation>section [%1] appears twice</translation>
    </message>
    <message>
        <source>text before the first section; start with a line such as [letter]</source>
        <translation>text before the first section; start with a line such as [letter]</translation>
    </message>
    <message>
        <source>the template has neither a [letter] nor an [email] section</source>
        <translation>the template has neither a [letter] nor an [email] section</translation>
    </message>
    <message>
        <source>the letter&apos;s date, written out</source>
        <translation>the letter&apos;s date, written out</translation>
    </message>
    <message>
        <source>where the letter is written (your city)</source>
        <translation>where the letter is written (your city)</translation>
    </message>
    <message>
        <source>your company&apos;s name</source>
        <translation>your company&apos;s name</translation>
    </message>
    <message>
        <source>your legal form</source>
        <translation>your legal form</translation>
    </message>
    <message>
        <source>your VAT number</source>
        <translation>your VAT number</translation>
    </message>
    <message>
        <source>your postal address on one line</source>
        <translation>your postal address on one line</translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation>your e-mail address</translation>
    </message>
    <message>
        <source>your phone number</source>
        <translation>your phone number</translation>
    </message>
    <message>
        <source>your IBAN</source>
        <translation>your IBAN</translation>
    </message>
    <message>
        <source>your BIC</source>
        <translation>your BIC</translation>
    </message>
    <message>
        <source>who signs</source>
        <translation>who signs</translation>
    </message>
    <message>
        <source>the signatory&apos;s capacity</source>
        <translation>the signatory&apos;s capacity</translation>
    </message>
    <message>
        <source>the client&apos;s name</source>
        <translation>the client&apos;s name</translation>
    </message>
    <message>
        <source>the client&apos;s contact person</source>
        <translation>the client&apos;s contact person</translation>
    </message>
    <message>
        <source>the client&apos;s postal address on one line</source>
        <translation>the client&apos;s postal address on one line</translation>
    </message>
    <message>
        <source>&quot;Madame, Monsieur&quot; or &quot;Dear Sir or Madam&quot;, or the contact&apos;s name</source>
        <translation>&quot;Madame, Monsieur&quot; or &quot;Dear Sir or Madam&quot;, or the contact&apos;s name</translation>
    </message>
    <message>
        <source>the (first) invoice&apos;s number</source>
        <translation>the (first) invoice&apos;s number</translation>
    </message>
    <message>
        <source>every invoice&apos;s number, as a list</source>
        <translation>every invoice&apos;s number, as a list</translation>
    </message>
    <message>
        <source>&quot;invoice F-1&quot; or &quot;invoices F-1 and F-2&quot;</source>
        <translation>&quot;invoice F-1&quot; or &quot;invoices F-1 and F-2&quot;</translation>
    </message>
    <message>
        <source>how many invoices the letter covers</source>
        <translation>how many invoices the letter covers</translation>
    </message>
    <message>
        <source>the (first) invoice&apos;s date</source>
        <translation>the (first) invoice&apos;s date</translation>
    </message>
    <message>
        <source>the (first) invoice&apos;s due date</source>
        <translation>the (first) invoice&apos;s due date</translation>
    </message>
    <message>
        <source>the (first) invoice&apos;s amount including VAT</source>
        <translation>the (first) invoice&apos;s amount including VAT</translation>
    </message>
    <message>
        <source>days past the (first) invoice&apos;s due date</source>
        <translation>days past the (first) invoice&apos;s due date</translation>
    </message>
    <message>
        <source>what remains unpaid on the invoices</source>
        <translation>what remains unpaid on the invoices</translation>
    </message>
    <message>
        <source>what was already paid on them</source>
        <translation>what was already paid on them</translation>
    </message>
    <message>
        <source>late-payment interest to date</source>
        <translation>late-payment interest to date</translation>
    </message>
    <message>
        <source>the fixed recovery indemnities, all invoices</source>
        <translation>the fixed recovery indemnities, all invoices</translation>
    </message>
    <message>
        <source>the fixed recovery indemnity per invoice</source>
        <translation>the fixed recovery indemnity per invoice</translation>
    </message>
    <message>
        <source>balance + interest + indemnities</source>
        <translation>balance + interest + indemnities</translation>
    </message>
    <message>
        <source>the late-payment interest rate in force</source>
        <translation>the late-payment interest rate in force</translation>
    </message>
    <message>
        <source>how that rate is set</source>
        <translation>how that rate is set</translation>
    </message>
    <message>
        <source>the legal basis of the interest</source>
        <translation>the legal basis of the interest</translation>
    </message>
    <message>
        <source>the legal basis of the indemnity</source>
        <translation>the legal basis of the indemnity</translation>
    </message>
    <message>
        <source>the date by which to pay</source>
        <translation>the date by which to pay</translation>
    </message>
    <message>
        <source>the number of days given to pay</source>
        <translation>the number of days given to pay</translation>
    </message>
    <message>
        <source>the reference to quote with the payment</source>
        <translation>the reference to quote with the payment</translation>
    </message>
    <message>
        <source>the registered letter&apos;s number</source>
        <translation>the registered letter&apos;s number</translation>
    </message>
    <message>
        <source>the dates and means of the earlier reminders</source>
        <translation>the dates and means of the earlier reminders</translation>
    </message>
    <message>
        <source>the terms agreed with the client, as you typed them</source>
        <translation>the terms agreed with the client, as you typed them</translation>
    </message>
    <message>
        <source>table of the invoices: number, date, amount, due date, paid, balance</source>
        <translation>table of the invoices: number, date, amount, due date, paid, balance</translation>
    </message>
    <message>
        <source>table of the interest by period, with rate and basis, and the totals</source>
        <translation>table of the interest by period, with rate and basis, and the totals</translation>
    </message>
    <message>
        <source>how to pay: IBAN, BIC, reference</source>
        <translation>how to pay: IBAN, BIC, reference</translation>
    </message>
    <message>
        <source>table of the instalments: date and amount</source>
        <translation>table of the instalments: date and amount</translation>
    </message>
    <message>
        <source>the client is a business</source>
        <translation>the client is a business</translation>
    </message>
    <message>
        <source>the client is a consumer</source>
        <translation>the client is a consumer</translation>
    </message>
    <message>
        <source>French law applies</source>
        <translation>French law applies</translation>
    </message>
    <message>
        <source>Belgian law applies</source>
        <translation>Belgian law applies</translation>
    </message>
    <message>
        <source>the letter covers more than one invoice</source>
        <translation>the letter covers more than one invoice</translation>
    </message>
    <message>
        <source>interest to date is known and above zero</source>
        <translation>interest to date is known and above zero</translation>
    </message>
    <message>
        <source>a recovery indemnity is owed</source>
        <translation>a recovery indemnity is owed</translation>
    </message>
    <message>
        <source>something was already paid</source>
        <translation>something was already paid</translation>
    </message>
    <message>
        <source>your IBAN is filled in</source>
        <translation>your IBAN is filled in</translation>
    </message>
    <message>
        <source>the letter gives a deadline</source>
        <translation>the letter gives a deadline</translation>
    </message>
    <message>
        <source>the registered letter&apos;s number is known</source>
        <translation>the registered letter&apos;s number is known</translation>
    </message>
    <message>
        <source>earlier reminders were sent</source>
        <translation>earlier reminders were sent</translation>
    </message>
    <message>
        <source>the due date has passed</source>
        <translation>the due date has passed</translation>
    </message>
    <message>
        <source>unknown condition {if %1}</source>
        <translation>unknown condition {if %1}</translation>
    </message>
    <message>
        <source>{%1} without a matching {if}</source>
        <translation>{%1} without a matching {if}</translation>
    </message>
    <message>
        <source>{%1} can only be used in the [letter] section</source>
        <translation>{%1} can only be used in the [letter] section</translation>
    </message>
    <message>
        <source>{%1} must stand alone on its line</source>
        <translation>{%1} must stand alone on its line</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}</source>
        <translation>unknown placeholder {%1}</translation>
    </message>
    <message>
        <source>unmatched brace; write {{ or }} for a literal one</source>
        <translation>unmatched brace; write {{ or }} for a literal one</translation>
    </message>
    <message>
        <source>{if} without a matching {end}</source>
        <translation>{if} without a matching {end}</translation>
    </message>
    <message>
        <source>a signatory is named in Your company</source>
        <translation>a signatory is named in Your company</translation>
    </message>
    <message>
        <source>your company number (SIRET, BCE)</source>
        <translation>your company number (SIRET, BCE)</translation>
    </message>
    <message>
        <source>the client&apos;s company number (SIREN/SIRET, BCE)</source>
        <translation>the client&apos;s company number (SIREN/SIRET, BCE)</translation>
    </message>
    <message>
        <source>the client&apos;s name, legal form and company number</source>
        <translation>the client&apos;s name, legal form and company number</translation>
    </message>
    <message>
        <source>the salutation as the closing formula repeats it</source>
        <translation>the salutation as the closing formula repeats it</translation>
    </message>
    <message>
        <source>&quot;Yours faithfully&quot; or, after a named salutation, &quot;Yours sincerely&quot;</source>
        <translation>&quot;Yours faithfully&quot; or, after a named salutation, &quot;Yours sincerely&quot;</translation>
    </message>
    <message>
        <source>what the invoices are for</source>
        <translation>what the invoices are for</translation>
    </message>
    <message>
        <source>days past the (first) invoice&apos;s due date, with the word</source>
        <translation>days past the (first) invoice&apos;s due date, with the word</translation>
    </message>
    <message>
        <source>the days given to pay, with the word (&quot;8 jours&quot;)</source>
        <translation>the days given to pay, with the word (&quot;8 jours&quot;)</translation>
    </message>
    <message>
        <source>the estimated day a registered letter is received</source>
        <translation>the estimated day a registered letter is received</translation>
    </message>
    <message>
        <source>the rule that sets the rate, in words</source>
        <translation>the rule that sets the rate, in words</translation>
    </message>
    <message>
        <source>the first day interest runs</source>
        <translation>the first day interest runs</translation>
    </message>
    <message>
        <source>the capped compensation a Belgian consumer may owe</source>
        <translation>the capped compensation a Belgian consumer may owe</translation>
    </message>
    <message>
        <source>the disputed amount, set apart</source>
        <translation>the disputed amount, set apart</translation>
    </message>
    <message>
        <source>each disputed invoice, with the amount and the reason</source>
        <translation>each disputed invoice, with the amount and the reason</translation>
    </message>
    <message>
        <source>the dates of the telephone calls that reached the client</source>
        <translation>the dates of the telephone calls that reached the client</translation>
    </message>
    <message>
        <source>the formal notice sent: date, number, receipt</source>
        <translation>the formal notice sent: date, number, receipt</translation>
    </message>
    <message>
        <source>the deadline the formal notice gave</source>
        <translation>the deadline the formal notice gave</translation>
    </message>
    <message>
        <source>when the broken payment plan was agreed</source>
        <translation>when the broken payment plan was agreed</translation>
    </message>
    <message>
        <source>when it was recorded as broken</source>
        <translation>when it was recorded as broken</translation>
    </message>
    <message>
        <source>the court procedure open in the debtor&apos;s country</source>
        <translation>the court procedure open in the debtor&apos;s country</translation>
    </message>
    <message>
        <source>who recovers the claim in the debtor&apos;s country</source>
        <translation>who recovers the claim in the debtor&apos;s country</translation>
    </message>
    <message>
        <source>the court costs a judge may order, in the debtor&apos;s country</source>
        <translation>the court costs a judge may order, in the debtor&apos;s country</translation>
    </message>
    <message>
        <source>interest or an indemnity is claimed</source>
        <translation>interest or an indemnity is claimed</translation>
    </message>
    <message>
        <source>a rate is not published yet: interest is claimed by its rule</source>
        <translation>a rate is not published yet: interest is claimed by its rule</translation>
    </message>
    <message>
        <source>the deadline runs from an estimated receipt</source>
        <translation>the deadline runs from an estimated receipt</translation>
    </message>
    <message>
        <source>telephone calls reached the client</source>
        <translation>telephone calls reached the client</translation>
    </message>
    <message>
        <source>a formal notice was sent</source>
        <translation>a formal notice was sent</translation>
    </message>
    <message>
        <source>the formal notice was received</source>
        <translation>the formal notice was received</translation>
    </message>
    <message>
        <source>the formal notice was returned not collected</source>
        <translation>the formal notice was returned not collected</translation>
    </message>
    <message>
        <source>the formal notice&apos;s deadline is known</source>
        <translation>the formal notice&apos;s deadline is known</translation>
    </message>
    <message>
        <source>a payment plan was broken</source>
        <translation>a payment plan was broken</translation>
    </message>
    <message>
        <source>part of the amount is disputed</source>
        <translation>part of the amount is disputed</translation>
    </message>
    <message>
        <source>what the invoices are for is known</source>
        <translation>what the invoices are for is known</translation>
    </message>
    <message>
        <source>the free first reminder a Belgian consumer is owed</source>
        <translation>the free first reminder a Belgian consumer is owed</translation>
    </message>
    <message>
        <source>the contract provides for penalties</source>
        <translation>the contract provides for penalties</translation>
    </message>
    <message>
        <source>a capped compensation would be owed</source>
        <translation>a capped compensation would be owed</translation>
    </message>
    <message>
        <source>you and the client are in different countries</source>
        <translation>you and the client are in different countries</translation>
    </message>
    <message>
        <source>the client&apos;s contact person is named</source>
        <translation>the client&apos;s contact person is named</translation>
    </message>
    <message>
        <source>the letter shows how the sum it claims is made</source>
        <translation>the letter shows how the sum it claims is made</translation>
    </message>
    <message>
        <source>the letter was written although its usual premise is missing</source>
        <translation>the letter was written although its usual premise is missing</translation>
    </message>
    <message>
        <source>&quot;including VAT&quot; as the reader&apos;s country writes it (TTC, TVAC)</source>
        <translation>&quot;including VAT&quot; as the reader&apos;s country writes it (TTC, TVAC)</translation>
    </message>
    <message>
        <source>both legal bases, the law named once (&quot;art. 5 et 6&quot;)</source>
        <translation>both legal bases, the law named once (&quot;art. 5 et 6&quot;)</translation>
    </message>
    <message>
        <source>the box the debtor signs to agree and acknowledge the debt, after your signature</source>
        <translation>the box the debtor signs to agree and acknowledge the debt, after your signature</translation>
    </message>
</context>
<context>
    <name>LetterTemplateService</name>
    <message>
        <source>line %1 %2: %3</source>
        <translation>line %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The template has %n problem(s):
%1</source>
        <translation>
            <numerusform>The template has %n problem:
%1</numerusform>
            <numerusform>The template has %n problems:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>letters are written in %1, not &quot;%2&quot;</source>
        <translation>letters are written in %1, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Saving the template</source>
        <translation>Saving the template</translation>
    </message>
    <message>
        <source>Restoring the template</source>
        <translation>Restoring the template</translation>
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
    <name>OutputPath</name>
    <message>
        <source>%1 is the book itself (or one of its files): choose another file</source>
        <translation>%1 is the book itself (or one of its files): choose another file</translation>
    </message>
    <message>
        <source>%1 is inside the book&apos;s archive (%2), which keeps the proof of what was sent: choose another folder</source>
        <translation>%1 is inside the book&apos;s archive (%2), which keeps the proof of what was sent: choose another folder</translation>
    </message>
    <message>
        <source>%1 is the book itself (or one of its files), not a file to import</source>
        <translation>%1 is the book itself (or one of its files), not a file to import</translation>
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
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
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
    <message>
        <source>Deleting the payment</source>
        <translation>Deleting the payment</translation>
    </message>
    <message>
        <source>Using the credit</source>
        <translation>Using the credit</translation>
    </message>
    <message>
        <source>the refund date must be a day that has come</source>
        <translation>the refund date must be a day that has come</translation>
    </message>
    <message>
        <source>Recording the refund</source>
        <translation>Recording the refund</translation>
    </message>
    <message>
        <source>this client has no credit in %1</source>
        <translation>this client has no credit in %1</translation>
    </message>
</context>
<context>
    <name>PreviewBar</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <comment>short, on a button</comment>
        <translation>Zoom −</translation>
    </message>
    <message>
        <source>Zoom +</source>
        <comment>short, on a button</comment>
        <translation>Zoom +</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>cannot create the folder %1: %2</translation>
    </message>
    <message>
        <source>cannot put %1 in place: %2</source>
        <translation>cannot put %1 in place: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
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
    <message>
        <source>%1 already has this rate (%2): the published value is kept</source>
        <translation>%1 already has this rate (%2): the published value is kept</translation>
    </message>
    <message>
        <source>give both legal rates of the half-year, or neither</source>
        <translation>give both legal rates of the half-year, or neither</translation>
    </message>
    <message>
        <source>%1 values carried forward, accepted on %2 while the new rates are unpublished</source>
        <translation>%1 values carried forward, accepted on %2 while the new rates are unpublished</translation>
    </message>
    <message>
        <source>ECB data portal (series FM.B.U2.EUR.4F.KR.MRR_FR.LEV), fetched on %1</source>
        <translation>ECB data portal (series FM.B.U2.EUR.4F.KR.MRR_FR.LEV), fetched on %1</translation>
    </message>
</context>
<context>
    <name>RestoreJournal</name>
    <message>
        <source>the restore could not put %1 in place (step %2)</source>
        <translation>the restore could not put %1 in place (step %2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Not late</source>
        <translation>Not late</translation>
    </message>
    <message>
        <source>Good chances if chased now (within 60 days)</source>
        <translation>Good chances if chased now (within 60 days)</translation>
    </message>
    <message>
        <source>Chances falling (61 to 95 days late)</source>
        <translation>Chances falling (61 to 95 days late)</translation>
    </message>
    <message>
        <source>Critical: 70 % of invoices over 95 days late are never recovered</source>
        <translation>Critical: 70 % of invoices over 95 days late are never recovered</translation>
    </message>
    <message>
        <source>%1 days from the invoice date, or %2 days end of month</source>
        <translation>%1 days from the invoice date, or %2 days end of month</translation>
    </message>
    <message>
        <source>%1 days from the invoice date</source>
        <translation>%1 days from the invoice date</translation>
    </message>
    <message>
        <source>Payment terms of %1 days exceed the legal maximum (%2, %3): the latest lawful due date was %4.</source>
        <translation>Payment terms of %1 days exceed the legal maximum (%2, %3): the latest lawful due date was %4.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no password is stored for %1 in the keyring</source>
        <translation>no password is stored for %1 in the keyring</translation>
    </message>
    <message>
        <source>no keyring is available (install and unlock GNOME Keyring, KWallet or KeePassXC with its Secret Service): Relance keeps passwords nowhere else (%1)</source>
        <translation>no keyring is available (install and unlock GNOME Keyring, KWallet or KeePassXC with its Secret Service): Relance keeps passwords nowhere else (%1)</translation>
    </message>
    <message>
        <source>the keyring refused access: %1</source>
        <translation>the keyring refused access: %1</translation>
    </message>
    <message>
        <source>the keyring failed: %1</source>
        <translation>the keyring failed: %1</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Saving the settings</source>
        <translation>Saving the settings</translation>
    </message>
    <message>
        <source>Saving the rates of %1</source>
        <translation>Saving the rates of %1</translation>
    </message>
    <message>
        <source>Removing the rates of %1</source>
        <translation>Removing the rates of %1</translation>
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
    <name>Smtp</name>
    <message>
        <source>%1 refused the user name or password (or token): %2</source>
        <translation>%1 refused the user name or password (or token): %2</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS: the message was not sent unencrypted (%2)</source>
        <translation>%1 does not offer STARTTLS: the message was not sent unencrypted (%2)</translation>
    </message>
    <message>
        <source>no secure connection with %1: %2</source>
        <translation>no secure connection with %1: %2</translation>
    </message>
    <message>
        <source>the mail server %1 is unknown (check its name and the network)</source>
        <translation>the mail server %1 is unknown (check its name and the network)</translation>
    </message>
    <message>
        <source>the mail server %1 does not answer (%2)</source>
        <translation>the mail server %1 does not answer (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the mail server %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>the mail server %1 did not answer within %n second</numerusform>
            <numerusform>the mail server %1 did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>sending was cancelled before the server accepted the message</source>
        <translation>sending was cancelled before the server accepted the message</translation>
    </message>
    <message>
        <source>%1 refused the recipient %2: %3</source>
        <translation>%1 refused the recipient %2: %3</translation>
    </message>
    <message>
        <source>%1 refused the sender address: %2</source>
        <translation>%1 refused the sender address: %2</translation>
    </message>
    <message>
        <source>%1 refused the message: %2</source>
        <translation>%1 refused the message: %2</translation>
    </message>
    <message>
        <source>sending through %1 failed: %2</source>
        <translation>sending through %1 failed: %2</translation>
    </message>
    <message>
        <source>no mail server is set up (Settings ▸ E-mail)</source>
        <translation>no mail server is set up (Settings ▸ E-mail)</translation>
    </message>
    <message>
        <source>%1 is not on this computer: Relance sends only encrypted (TLS or STARTTLS) to another machine</source>
        <translation>%1 is not on this computer: Relance sends only encrypted (TLS or STARTTLS) to another machine</translation>
    </message>
    <message>
        <source>the certificate authority file %1 cannot be read</source>
        <translation>the certificate authority file %1 cannot be read</translation>
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation>the message has no recipient</translation>
    </message>
    <message>
        <source>the mail library could not start</source>
        <translation>the mail library could not start</translation>
    </message>
</context>
<context>
    <name>StatementService</name>
    <message>
        <source>the statement&apos;s date is missing or invalid</source>
        <translation>the statement&apos;s date is missing or invalid</translation>
    </message>
    <message>
        <source>client %1 does not exist</source>
        <translation>client %1 does not exist</translation>
    </message>
    <message>
        <source>your company&apos;s name and address print on the statement: fill them in first (Edit &gt; Your company)</source>
        <translation>your company&apos;s name and address print on the statement: fill them in first (Edit &gt; Your company)</translation>
    </message>
</context>
<context>
    <name>TimelineService</name>
    <message numerus="yes">
        <source>Payment plan agreed: %n instalment(s)</source>
        <translation>
            <numerusform>Payment plan agreed: %n instalment</numerusform>
            <numerusform>Payment plan agreed: %n instalments</numerusform>
        </translation>
    </message>
    <message>
        <source>waived: %1, claimed again if broken</source>
        <translation>waived: %1, claimed again if broken</translation>
    </message>
    <message>
        <source>waived: %1</source>
        <translation>waived: %1</translation>
    </message>
    <message>
        <source>interest and indemnity</source>
        <translation>interest and indemnity</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>interest</translation>
    </message>
    <message>
        <source>indemnity</source>
        <translation>indemnity</translation>
    </message>
    <message>
        <source>Payment plan broken: chasing resumes</source>
        <translation>Payment plan broken: chasing resumes</translation>
    </message>
    <message>
        <source>Payment plan cancelled</source>
        <translation>Payment plan cancelled</translation>
    </message>
    <message>
        <source>Settlement agreed (%1)</source>
        <translation>Settlement agreed (%1)</translation>
    </message>
    <message>
        <source>Settlement agreed with %1 (%2)</source>
        <translation>Settlement agreed with %1 (%2)</translation>
    </message>
    <message>
        <source>new due date %1</source>
        <translation>new due date %1</translation>
    </message>
    <message>
        <source>interest waived</source>
        <translation>interest waived</translation>
    </message>
    <message>
        <source>indemnity waived</source>
        <translation>indemnity waived</translation>
    </message>
    <message>
        <source>Settlement %1</source>
        <translation>Settlement %1</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>Disputed: %1</translation>
    </message>
    <message>
        <source>Dispute %1</source>
        <translation>Dispute %1</translation>
    </message>
    <message>
        <source>Promise to pay by %1 (%2)</source>
        <translation>Promise to pay by %1 (%2)</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Invoice issued</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>registered no. %1</source>
        <translation>registered no. %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Payment received</translation>
    </message>
    <message numerus="yes">
        <source>Printed on %1 — newest first, %n event(s)</source>
        <translation>
            <numerusform>Printed on %1 — newest first, %n event</numerusform>
            <numerusform>Printed on %1 — newest first, %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>the PDF could not be written</translation>
    </message>
    <message>
        <source>Debt acknowledged in writing by the client: the limitation period restarts</source>
        <translation>Debt acknowledged in writing by the client: the limitation period restarts</translation>
    </message>
</context>
<context>
    <name>TypedDate</name>
    <message>
        <source>&quot;%1&quot;: there is no month %2</source>
        <translation>&quot;%1&quot;: there is no month %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the year is out of range</source>
        <translation>&quot;%1&quot;: the year is out of range</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: day %2 does not exist in %3 %4</source>
        <translation>&quot;%1&quot;: day %2 does not exist in %3 %4</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>the date is empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the year with two or four digits</source>
        <translation>&quot;%1&quot;: write the year with two or four digits</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (type it as 17/09/2026)</source>
        <translation>&quot;%1&quot; is not a date (type it as 17/09/2026)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: which month is &quot;%2&quot;?</source>
        <translation>&quot;%1&quot;: which month is &quot;%2&quot;?</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>invoice</source>
        <translation>invoice</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>step done</source>
        <translation>step done</translation>
    </message>
    <message>
        <source>payment plan</source>
        <translation>payment plan</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>settlement</translation>
    </message>
    <message>
        <source>dispute</source>
        <translation>dispute</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>promise</translation>
    </message>
    <message>
        <source>bank credits</source>
        <translation>bank credits</translation>
    </message>
    <message>
        <source>your company</source>
        <translation>your company</translation>
    </message>
    <message>
        <source>ladder</source>
        <translation>ladder</translation>
    </message>
</context>
<context>
    <name>UndoLog</name>
    <message>
        <source>Preparing undo</source>
        <translation>Preparing undo</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Undoing</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relance: chase unpaid invoices.</source>
        <translation>Relance: chase unpaid invoices.</translation>
    </message>
    <message>
        <source>Act as if today were DATE (for reviews and demos).</source>
        <translation>Act as if today were DATE (for reviews and demos).</translation>
    </message>
    <message>
        <source>Database file to open (default: the one opened last).</source>
        <translation>Database file to open (default: the one opened last).</translation>
    </message>
</context>
<context>
    <name>relance::ui::AcknowledgementDialog</name>
    <message>
        <source>Signed acknowledgement of the debt</source>
        <translation>Signed acknowledgement of the debt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&amp;Record the signature</source>
        <translation>&amp;Record the signature</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signed on:</translation>
    </message>
    <message>
        <source>Record it when the client returns the letter signed &quot;Bon pour accord, reconnaissance de dette&quot; (or any signed writing that admits the debt). Keep the signed paper: the limitation period restarts from the day of the signature, and the Collection tab counts from it.</source>
        <translation>Record it when the client returns the letter signed &quot;Bon pour accord, reconnaissance de dette&quot; (or any signed writing that admits the debt). Keep the signed paper: the limitation period restarts from the day of the signature, and the Collection tab counts from it.</translation>
    </message>
    <message>
        <source>Recording a signed acknowledgement</source>
        <translation>Recording a signed acknowledgement</translation>
    </message>
</context>
<context>
    <name>relance::ui::ActionDialog</name>
    <message>
        <source>invoice %1, %2</source>
        <translation>invoice %1, %2</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Log the call</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>What was said or sent, for the file</source>
        <translation>What was said or sent, for the file</translation>
    </message>
    <message>
        <source>e.g. 1A 123 456 7890 1</source>
        <translation>e.g. 1A 123 456 7890 1</translation>
    </message>
    <message>
        <source>Already &amp;received on:</source>
        <translation>Already &amp;received on:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Tracking number:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>A note does not move the invoice to its next step.</source>
        <translation>A note does not move the invoice to its next step.</translation>
    </message>
    <message>
        <source>&amp;Will pay by:</source>
        <translation>&amp;Will pay by:</translation>
    </message>
    <message>
        <source>&quot;No answer&quot; keeps the step for the next working day; a promise waits until the day after its date; &quot;Disputes the invoice&quot; pauses the chase until the dispute is resolved.</source>
        <translation>&quot;No answer&quot; keeps the step for the next working day; a promise waits until the day after its date; &quot;Disputes the invoice&quot; pauses the chase until the dispute is resolved.</translation>
    </message>
    <message>
        <source>Recording a step: %1</source>
        <translation>Recording a step: %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(by %1)</translation>
    </message>
    <message>
        <source>(tracking number %1)</source>
        <translation>(tracking number %1)</translation>
    </message>
</context>
<context>
    <name>relance::ui::AgreementPanel</name>
    <message>
        <source>Instalments of the plan</source>
        <translation>Instalments of the plan</translation>
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
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Payment &amp;plan…</source>
        <translation>Payment &amp;plan…</translation>
    </message>
    <message>
        <source>Plan &amp;broken…</source>
        <translation>Plan &amp;broken…</translation>
    </message>
    <message>
        <source>&amp;Settlement…</source>
        <translation>&amp;Settlement…</translation>
    </message>
    <message>
        <source>P&amp;romise to pay…</source>
        <translation>P&amp;romise to pay…</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>&lt;b&gt;In dispute&lt;/b&gt; since %1: %2 (%3 contested). Chasing waits until it is resolved.</source>
        <translation>&lt;b&gt;In dispute&lt;/b&gt; since %1: %2 (%3 contested). Chasing waits until it is resolved.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Promised&lt;/b&gt; to pay by %1 (said on %2): chasing waits until then.</source>
        <translation>&lt;b&gt;Promised&lt;/b&gt; to pay by %1 (said on %2): chasing waits until then.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Promise missed&lt;/b&gt;: payment was promised by %1 (said on %2).</source>
        <translation>&lt;b&gt;Promise missed&lt;/b&gt;: payment was promised by %1 (said on %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payment plan %1&lt;/b&gt; agreed on %2: %3 — %4 paid of %5.</source>
        <translation>&lt;b&gt;Payment plan %1&lt;/b&gt; agreed on %2: %3 — %4 paid of %5.</translation>
    </message>
    <message>
        <source>Broken on %1.</source>
        <translation>Broken on %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settlement&lt;/b&gt; of %1%2: %3.</source>
        <translation>&lt;b&gt;Settlement&lt;/b&gt; of %1%2: %3.</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> with %1</translation>
    </message>
    <message>
        <source>No agreement on this invoice: no plan, settlement, dispute or promise.</source>
        <translation>No agreement on this invoice: no plan, settlement, dispute or promise.</translation>
    </message>
    <message>
        <source> (deposit)</source>
        <translation> (deposit)</translation>
    </message>
    <message>
        <source>Resol&amp;ve the dispute…</source>
        <translation>Resol&amp;ve the dispute…</translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation>&amp;Dispute…</translation>
    </message>
    <message>
        <source>Plan broken</source>
        <translation>Plan broken</translation>
    </message>
    <message>
        <source>Declare payment plan %1 broken today? Chasing resumes at the step where it stood, and the interest and indemnity given up are claimed again if the plan said so.</source>
        <translation>Declare payment plan %1 broken today? Chasing resumes at the step where it stood, and the interest and indemnity given up are claimed again if the plan said so.</translation>
    </message>
    <message>
        <source>Signed ac&amp;knowledgement…</source>
        <translation>Signed ac&amp;knowledgement…</translation>
    </message>
    <message>
        <source>The client returned the agreement signed &quot;Bon pour accord, reconnaissance de dette&quot;: the limitation period restarts from that day</source>
        <translation>The client returned the agreement signed &quot;Bon pour accord, reconnaissance de dette&quot;: the limitation period restarts from that day</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debt acknowledged&lt;/b&gt; in writing by the client on %1: the limitation period runs again from that day.</source>
        <translation>&lt;b&gt;Debt acknowledged&lt;/b&gt; in writing by the client on %1: the limitation period runs again from that day.</translation>
    </message>
    <message>
        <source>Settlement s&amp;tatus</source>
        <translation>Settlement s&amp;tatus</translation>
    </message>
</context>
<context>
    <name>relance::ui::AssignCreditDialog</name>
    <message>
        <source>Split or assign a bank credit</source>
        <translation>Split or assign a bank credit</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; received on %2 from %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; received on %2 from %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>an unnamed payer</source>
        <translation>an unnamed payer</translation>
    </message>
    <message>
        <source>Search an invoice number or a client</source>
        <translation>Search an invoice number or a client</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Open invoices and the share of the credit each receives</source>
        <translation>Open invoices and the share of the credit each receives</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
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
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>The part of the credit that pays this invoice</source>
        <translation>The part of the credit that pays this invoice</translation>
    </message>
    <message>
        <source>&amp;Record the payment</source>
        <translation>&amp;Record the payment</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the share must be greater than zero</source>
        <translation>%1: the share must be greater than zero</translation>
    </message>
    <message>
        <source>Type the share of at least one invoice.</source>
        <translation>Type the share of at least one invoice.</translation>
    </message>
    <message>
        <source>The shares add up to %1, more than the %2 received.</source>
        <translation>The shares add up to %1, more than the %2 received.</translation>
    </message>
    <message numerus="yes">
        <source>The whole %1 is shared among %n invoice(s).</source>
        <translation>
            <numerusform>The whole %1 is shared among %n invoice.</numerusform>
            <numerusform>The whole %1 is shared among %n invoices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shared among %n invoice(s); %2 stays on the payment, unallocated.</source>
        <translation>
            <numerusform>%1 shared among %n invoice; %2 stays on the payment, unallocated.</numerusform>
            <numerusform>%1 shared among %n invoices; %2 stays on the payment, unallocated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning the credit of %1</source>
        <translation>Assigning the credit of %1</translation>
    </message>
</context>
<context>
    <name>relance::ui::BankCreditModel</name>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>no invoice found</source>
        <translation>no invoice found</translation>
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
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Payment reference</translation>
    </message>
    <message>
        <source>Probably pays</source>
        <translation>Probably pays</translation>
    </message>
</context>
<context>
    <name>relance::ui::BankView</name>
    <message>
        <source>CAMT.053/054, OFX, MT940 or your bank&apos;s CSV export. A transaction already imported is never imported twice.</source>
        <translation>CAMT.053/054, OFX, MT940 or your bank&apos;s CSV export. A transaction already imported is never imported twice.</translation>
    </message>
    <message>
        <source>Records a payment for every credit whose match is certain: an invoice number and its exact balance, or a plan&apos;s instalment from its client.</source>
        <translation>Records a payment for every credit whose match is certain: an invoice number and its exact balance, or a plan&apos;s instalment from its client.</translation>
    </message>
    <message>
        <source>Bank credits waiting to be matched</source>
        <translation>Bank credits waiting to be matched</translation>
    </message>
    <message>
        <source>Invoices this credit probably pays, surest first:</source>
        <translation>Invoices this credit probably pays, surest first:</translation>
    </message>
    <message>
        <source>Proposed matches</source>
        <translation>Proposed matches</translation>
    </message>
    <message>
        <source>C&amp;onfirm this match</source>
        <translation>C&amp;onfirm this match</translation>
    </message>
    <message>
        <source>&amp;Split or assign…</source>
        <translation>&amp;Split or assign…</translation>
    </message>
    <message>
        <source>Show the credits set &amp;aside</source>
        <translation>Show the credits set &amp;aside</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) set aside</source>
        <translation>
            <numerusform>%n credit set aside</numerusform>
            <numerusform>%n credits set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bank credit(s) to match</source>
        <translation>
            <numerusform>%n bank credit to match</numerusform>
            <numerusform>%n bank credits to match</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Put back to match</source>
        <translation>&amp;Put back to match</translation>
    </message>
    <message>
        <source>Not a client&apos;s payment: set &amp;aside</source>
        <translation>Not a client&apos;s payment: set &amp;aside</translation>
    </message>
    <message>
        <source>No credit is set aside.</source>
        <translation>No credit is set aside.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No bank credit waits to be matched.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import a statement from your bank (CAMT, OFX, MT940 or its CSV export): Relance finds which invoices each credit pays, and you confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No bank credit waits to be matched.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import a statement from your bank (CAMT, OFX, MT940 or its CSV export): Relance finds which invoices each credit pays, and you confirm.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 % — %2 — %3</source>
        <translation>%1 % — %2 — %3</translation>
    </message>
    <message>
        <source>No invoice has this amount or is named in the text: use Split or assign.</source>
        <translation>No invoice has this amount or is named in the text: use Split or assign.</translation>
    </message>
    <message>
        <source>Import bank statements</source>
        <translation>Import bank statements</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.camt *.053 *.054 *.ofx *.qfx *.sta *.mt940 *.txt *.csv);;All files (*)</source>
        <translation>Bank statements (*.xml *.camt *.053 *.054 *.ofx *.qfx *.sta *.mt940 *.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Nothing was imported.</translation>
    </message>
    <message>
        <source>Imported from %1: </source>
        <translation>Imported from %1: </translation>
    </message>
    <message numerus="yes">
        <source>%n new credit(s) to match</source>
        <translation>
            <numerusform>%n new credit to match</numerusform>
            <numerusform>%n new credits to match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported before</source>
        <translation>
            <numerusform>%n already imported before</numerusform>
            <numerusform>%n already imported before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debit(s) left aside.</source>
        <translation>
            <numerusform>%n debit left aside.</numerusform>
            <numerusform>%n debits left aside.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the match</source>
        <translation>Confirm the match</translation>
    </message>
    <message>
        <source>Confirm the certain matches</source>
        <translation>Confirm the certain matches</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n bank credit(s)</source>
        <translation>
            <numerusform>Importing %n bank credit</numerusform>
            <numerusform>Importing %n bank credits</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment of %1 from the bank</source>
        <translation>Payment of %1 from the bank</translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n certain match(es)</source>
        <translation>
            <numerusform>Confirming %n certain match</numerusform>
            <numerusform>Confirming %n certain matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting a credit back</source>
        <translation>Putting a credit back</translation>
    </message>
    <message>
        <source>Setting a credit aside</source>
        <translation>Setting a credit aside</translation>
    </message>
    <message>
        <source>I&amp;mport a statement…</source>
        <translation>I&amp;mport a statement…</translation>
    </message>
    <message>
        <source>Confirm the cer&amp;tain matches</source>
        <translation>Confirm the cer&amp;tain matches</translation>
    </message>
    <message numerus="yes">
        <source>Confirm the %n cer&amp;tain match(es)</source>
        <translation>
            <numerusform>Confirm the %n cer&amp;tain match</numerusform>
            <numerusform>Confirm the %n cer&amp;tain matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relance::ui::ClaimPanel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>How the rate was set</source>
        <translation>How the rate was set</translation>
    </message>
    <message>
        <source>Interest breakdown</source>
        <translation>Interest breakdown</translation>
    </message>
    <message>
        <source>Chasing</source>
        <translation>Chasing</translation>
    </message>
    <message>
        <source>&amp;Mark as done…</source>
        <translation>&amp;Mark as done…</translation>
    </message>
    <message>
        <source>Add a no&amp;te…</source>
        <translation>Add a no&amp;te…</translation>
    </message>
    <message>
        <source>Record the rec&amp;eipt…</source>
        <translation>Record the rec&amp;eipt…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>contractual, %1</source>
        <translation>contractual, %1</translation>
    </message>
    <message>
        <source>the legal default</source>
        <translation>the legal default</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owed on %1:&lt;/b&gt; balance %2 + interest %3 + indemnity %4 = &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;Owed on %1:&lt;/b&gt; balance %2 + interest %3 + indemnity %4 = &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Balance on %1:&lt;/b&gt; %2. No interest figure: %3</source>
        <translation>&lt;b&gt;Balance on %1:&lt;/b&gt; %2. No interest figure: %3</translation>
    </message>
    <message>
        <source>The limitation period ended on %1 (%2): a court claim is no longer possible.</source>
        <translation>The limitation period ended on %1 (%2): a court claim is no longer possible.</translation>
    </message>
    <message numerus="yes">
        <source>The limitation period ends on %1, in %n day(s) (%2): only an acknowledgement of the debt or a court claim interrupts it.</source>
        <translation>
            <numerusform>The limitation period ends on %1, in %n day (%2): only an acknowledgement of the debt or a court claim interrupts it.</numerusform>
            <numerusform>The limitation period ends on %1, in %n days (%2): only an acknowledgement of the debt or a court claim interrupts it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery risk: %1. Limitation: claims must be brought by %2.</source>
        <translation>Recovery risk: %1. Limitation: claims must be brought by %2.</translation>
    </message>
    <message>
        <source>Paid.</source>
        <translation>Paid.</translation>
    </message>
    <message>
        <source>Nothing more to do: the invoice is paid.</source>
        <translation>Nothing more to do: the invoice is paid.</translation>
    </message>
    <message>
        <source>Chasing is paused (%1). Set &quot;Chasing&quot; back to &quot;Being chased&quot; on the invoice to resume.</source>
        <translation>Chasing is paused (%1). Set &quot;Chasing&quot; back to &quot;Being chased&quot; on the invoice to resume.</translation>
    </message>
    <message>
        <source>Every step of the ladder &quot;%1&quot; is done.</source>
        <translation>Every step of the ladder &quot;%1&quot; is done.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Receipt of the registered letter</source>
        <translation>Receipt of the registered letter</translation>
    </message>
    <message>
        <source>Received (or first presented) on:</source>
        <translation>Received (or first presented) on:</translation>
    </message>
    <message>
        <source>Receipt not recorded</source>
        <translation>Receipt not recorded</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; %1, planned %2 — ladder &quot;%3&quot;, step %4 of %5</source>
        <translation>&lt;b&gt;Next step:&lt;/b&gt; %1, planned %2 — ladder &quot;%3&quot;, step %4 of %5</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Letters sent</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Registered number</source>
        <translation>Registered number</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation>Open the &amp;PDF</translation>
    </message>
    <message>
        <source>Registered letter&apos;s &amp;fate…</source>
        <translation>Registered letter&apos;s &amp;fate…</translation>
    </message>
    <message>
        <source>Registered letter of %1</source>
        <translation>Registered letter of %1</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Not collected (first presented)</source>
        <translation>Not collected (first presented)</translation>
    </message>
    <message>
        <source>Choose the scan…</source>
        <translation>Choose the scan…</translation>
    </message>
    <message>
        <source>Scan of the receipt card</source>
        <translation>Scan of the receipt card</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Registered &amp;number:</source>
        <translation>Registered &amp;number:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>Receipt card:</source>
        <translation>Receipt card:</translation>
    </message>
    <message>
        <source>The deadline the letter gave runs from this date; it is recomputed.</source>
        <translation>The deadline the letter gave runs from this date; it is recomputed.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Disputed: chasing waits until the dispute is resolved (Agreements tab).</source>
        <translation>Disputed: chasing waits until the dispute is resolved (Agreements tab).</translation>
    </message>
    <message>
        <source>Paid by instalments: the ladder waits while the payment plan is kept (Agreements tab).</source>
        <translation>Paid by instalments: the ladder waits while the payment plan is kept (Agreements tab).</translation>
    </message>
    <message>
        <source>(the client promised to pay by %1)</source>
        <translation>(the client promised to pay by %1)</translation>
    </message>
    <message>
        <source>chosen for this client&apos;s contracts</source>
        <translation>chosen for this client&apos;s contracts</translation>
    </message>
    <message>
        <source>your company&apos;s country, the service provider&apos;s law (Rome I art. 4)</source>
        <translation>your company&apos;s country, the service provider&apos;s law (Rome I art. 4)</translation>
    </message>
    <message>
        <source>the legal default: the contractual %1 is under the legal floor (L441-10 II) and does not apply</source>
        <translation>the legal default: the contractual %1 is under the legal floor (L441-10 II) and does not apply</translation>
    </message>
    <message>
        <source>Law: %1 (%2). Late-payment rate: %3.</source>
        <translation>Law: %1 (%2). Late-payment rate: %3.</translation>
    </message>
    <message>
        <source>No penalty clause: legal interest only, no compensation (CDE XIX.4).</source>
        <translation>No penalty clause: legal interest only, no compensation (CDE XIX.4).</translation>
    </message>
    <message>
        <source>The client lives abroad (%1): letters name the procedures of that country or the European ones.</source>
        <translation>The client lives abroad (%1): letters name the procedures of that country or the European ones.</translation>
    </message>
    <message>
        <source>Write &amp;a letter…</source>
        <translation>Write &amp;a letter…</translation>
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
    <message>
        <source>The default ladder (%1)</source>
        <translation>The default ladder (%1)</translation>
    </message>
    <message>
        <source>Escalation la&amp;dder:</source>
        <translation>Escalation la&amp;dder:</translation>
    </message>
    <message>
        <source>New client %1</source>
        <translation>New client %1</translation>
    </message>
    <message>
        <source>Changes to client %1</source>
        <translation>Changes to client %1</translation>
    </message>
    <message>
        <source>&amp;Use against open invoices</source>
        <translation>&amp;Use against open invoices</translation>
    </message>
    <message>
        <source>&amp;Refunded today</source>
        <translation>&amp;Refunded today</translation>
    </message>
    <message>
        <source>Credit: %1, from credit notes worth more than the client owed.</source>
        <translation>Credit: %1, from credit notes worth more than the client owed.</translation>
    </message>
    <message>
        <source>the credit could not be used</source>
        <translation>the credit could not be used</translation>
    </message>
    <message>
        <source>Record that %1&apos;s credit was paid back to them today?

%2</source>
        <translation>Record that %1&apos;s credit was paid back to them today?

%2</translation>
    </message>
    <message>
        <source>France: 9 or 14 digits; Belgium: 0456.789.133</source>
        <translation>France: 9 or 14 digits; Belgium: 0456.789.133</translation>
    </message>
    <message>
        <source>Your company&apos;s country (default)</source>
        <translation>Your company&apos;s country (default)</translation>
    </message>
    <message>
        <source>French law</source>
        <translation>French law</translation>
    </message>
    <message>
        <source>Belgian law</source>
        <translation>Belgian law</translation>
    </message>
    <message>
        <source>Default: yes for a business, no for a consumer</source>
        <translation>Default: yes for a business, no for a consumer</translation>
    </message>
    <message>
        <source>Yes, the contract provides for late-payment penalties</source>
        <translation>Yes, the contract provides for late-payment penalties</translation>
    </message>
    <message>
        <source>No penalty clause</source>
        <translation>No penalty clause</translation>
    </message>
    <message>
        <source>&amp;Governing law:</source>
        <translation>&amp;Governing law:</translation>
    </message>
    <message>
        <source>Company number (&amp;SIREN/SIRET, BCE):</source>
        <translation>Company number (&amp;SIREN/SIRET, BCE):</translation>
    </message>
    <message>
        <source>Penalty &amp;clause:</source>
        <translation>Penalty &amp;clause:</translation>
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
    <message>
        <source>Client &amp;sheet…</source>
        <translation>Client &amp;sheet…</translation>
    </message>
    <message>
        <source>The selected client&apos;s invoices, payments, letters, agreements, contact and history, and its statement of account (or double-click the client).</source>
        <translation>The selected client&apos;s invoices, payments, letters, agreements, contact and history, and its statement of account (or double-click the client).</translation>
    </message>
</context>
<context>
    <name>relance::ui::ClientSheetDialog</name>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Invoices</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Payments</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>Registered number</source>
        <translation>Registered number</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Letters</translation>
    </message>
    <message>
        <source>Double-click a letter to open the PDF that was sent.</source>
        <translation>Double-click a letter to open the PDF that was sent.</translation>
    </message>
    <message>
        <source>The letter&apos;s file cannot be opened: %1</source>
        <translation>The letter&apos;s file cannot be opened: %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>A&amp;greements</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Statement of account…</source>
        <translation>&amp;Statement of account…</translation>
    </message>
    <message>
        <source>The client&apos;s open invoices and payments of the past year, to print or save as PDF.</source>
        <translation>The client&apos;s open invoices and payments of the past year, to print or save as PDF.</translation>
    </message>
    <message>
        <source>&amp;Edit the client…</source>
        <translation>&amp;Edit the client…</translation>
    </message>
    <message>
        <source>Client sheet: %1</source>
        <translation>Client sheet: %1</translation>
    </message>
    <message>
        <source>Owes nothing today.</source>
        <translation>Owes nothing today.</translation>
    </message>
    <message>
        <source>Outstanding: %1, none of it overdue.</source>
        <translation>Outstanding: %1, none of it overdue.</translation>
    </message>
    <message>
        <source>Outstanding: %1, of which overdue: %2.</source>
        <translation>Outstanding: %1, of which overdue: %2.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Broken on %1</source>
        <translation>Broken on %1</translation>
    </message>
    <message>
        <source>Cancelled on %1</source>
        <translation>Cancelled on %1</translation>
    </message>
    <message numerus="yes">
        <source>Payment plan, %n instalment(s)</source>
        <translation>
            <numerusform>Payment plan, %n instalment</numerusform>
            <numerusform>Payment plan, %n instalments</numerusform>
        </translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Settlement with %1</source>
        <translation>Settlement with %1</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Postal address:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Payment terms:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
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
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
</context>
<context>
    <name>relance::ui::CollectionSettingsDialog</name>
    <message>
        <source>Collection settings</source>
        <translation>Collection settings</translation>
    </message>
    <message>
        <source>&amp;Ladders</source>
        <translation>&amp;Ladders</translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation>&amp;Rates</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profiles</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>L&amp;adder:</source>
        <translation>L&amp;adder:</translation>
    </message>
    <message>
        <source>&amp;New ladder…</source>
        <translation>&amp;New ladder…</translation>
    </message>
    <message>
        <source>&amp;Delete ladder</source>
        <translation>&amp;Delete ladder</translation>
    </message>
    <message>
        <source>Steps of the ladder</source>
        <translation>Steps of the ladder</translation>
    </message>
    <message>
        <source>Letter or message</source>
        <translation>Letter or message</translation>
    </message>
    <message>
        <source>Own name</source>
        <translation>Own name</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Kind of days</source>
        <translation>Kind of days</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tone</translation>
    </message>
    <message>
        <source>Deadline to pay</source>
        <translation>Deadline to pay</translation>
    </message>
    <message>
        <source>Add a s&amp;tep</source>
        <translation>Add a s&amp;tep</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>Re&amp;move step</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Save ladder</source>
        <translation>&amp;Save ladder</translation>
    </message>
    <message>
        <source>Rates per half-year</source>
        <translation>Rates per half-year</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>ECB rate</source>
        <translation>ECB rate</translation>
    </message>
    <message>
        <source>France B2B default</source>
        <translation>France B2B default</translation>
    </message>
    <message>
        <source>Legal rate (private person)</source>
        <translation>Legal rate (private person)</translation>
    </message>
    <message>
        <source>Legal rate (other cases)</source>
        <translation>Legal rate (other cases)</translation>
    </message>
    <message>
        <source>Belgium B2B</source>
        <translation>Belgium B2B</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Add a half-year…</source>
        <translation>&amp;Add a half-year…</translation>
    </message>
    <message>
        <source>&amp;Use the last known rates for the next half-year…</source>
        <translation>&amp;Use the last known rates for the next half-year…</translation>
    </message>
    <message>
        <source>The client&apos;s country and the &quot;consumer&quot; box choose the law that applies. Profiles ship with Relance as data (profiles.json).</source>
        <translation>The client&apos;s country and the &quot;consumer&quot; box choose the law that applies. Profiles ship with Relance as data (profiles.json).</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Fixed indemnity</source>
        <translation>Fixed indemnity</translation>
    </message>
    <message>
        <source>Longest terms</source>
        <translation>Longest terms</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>legal rate, from the formal notice</source>
        <translation>legal rate, from the formal notice</translation>
    </message>
    <message>
        <source>ECB + %1 points (at most), %2 days after the first reminder</source>
        <translation>ECB + %1 points (at most), %2 days after the first reminder</translation>
    </message>
    <message>
        <source>ECB + %1 points, from the day after the due date</source>
        <translation>ECB + %1 points, from the day after the due date</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source> per invoice</source>
        <translation> per invoice</translation>
    </message>
    <message>
        <source>scale, at most %1</source>
        <translation>scale, at most %1</translation>
    </message>
    <message>
        <source>no legal maximum</source>
        <translation>no legal maximum</translation>
    </message>
    <message>
        <source>%1 days, or %2 days end of month</source>
        <translation>%1 days, or %2 days end of month</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Divide by 366 in leap years (365 otherwise; sources differ)</source>
        <translation>Divide by 366 in leap years (365 otherwise; sources differ)</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>France, Alsace-Moselle (Good Friday, 26 December)</source>
        <translation>France, Alsace-Moselle (Good Friday, 26 December)</translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation>Interest:</translation>
    </message>
    <message>
        <source>Public &amp;holidays:</source>
        <translation>Public &amp;holidays:</translation>
    </message>
    <message>
        <source>New ladder</source>
        <translation>New ladder</translation>
    </message>
    <message>
        <source>Name of the new ladder:</source>
        <translation>Name of the new ladder:</translation>
    </message>
    <message>
        <source>Delete ladder</source>
        <translation>Delete ladder</translation>
    </message>
    <message>
        <source>Delete the ladder &quot;%1&quot;? Its clients will follow the default ladder.</source>
        <translation>Delete the ladder &quot;%1&quot;? Its clients will follow the default ladder.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rates of %1 are not in the table.&lt;/b&gt; Interest for days after %2 cannot be computed until you add them (from the Journal officiel and the ECB), or accept to use the last known ones.</source>
        <translation>&lt;b&gt;The rates of %1 are not in the table.&lt;/b&gt; Interest for days after %2 cannot be computed until you add them (from the Journal officiel and the ECB), or accept to use the last known ones.</translation>
    </message>
    <message>
        <source>The table is up to date for %1.</source>
        <translation>The table is up to date for %1.</translation>
    </message>
    <message>
        <source>added by you: %1</source>
        <translation>added by you: %1</translation>
    </message>
    <message>
        <source>shipped with Relance</source>
        <translation>shipped with Relance</translation>
    </message>
    <message>
        <source>Add a half-year of rates</source>
        <translation>Add a half-year of rates</translation>
    </message>
    <message>
        <source>e.g. Journal officiel, 24 December 2026</source>
        <translation>e.g. Journal officiel, 24 December 2026</translation>
    </message>
    <message>
        <source>&amp;Half-year:</source>
        <translation>&amp;Half-year:</translation>
    </message>
    <message>
        <source>&amp;ECB rate on its first day (%):</source>
        <translation>&amp;ECB rate on its first day (%):</translation>
    </message>
    <message>
        <source>Legal rate, &amp;private person (%):</source>
        <translation>Legal rate, &amp;private person (%):</translation>
    </message>
    <message>
        <source>Legal rate, &amp;other cases (%):</source>
        <translation>Legal rate, &amp;other cases (%):</translation>
    </message>
    <message>
        <source>&amp;Belgium B2B rate (%):</source>
        <translation>&amp;Belgium B2B rate (%):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>not a half-year such as 2026-H2</source>
        <translation>not a half-year such as 2026-H2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate such as 2,15</source>
        <translation>&quot;%1&quot; is not a rate such as 2,15</translation>
    </message>
    <message>
        <source>Use the last known rates</source>
        <translation>Use the last known rates</translation>
    </message>
    <message>
        <source>The rates of %1 will be used for %2 until you replace them with the published ones. Figures for %2 may then change slightly. Continue?</source>
        <translation>The rates of %1 will be used for %2 until you replace them with the published ones. Figures for %2 may then change slightly. Continue?</translation>
    </message>
    <message>
        <source>L&amp;etters</source>
        <translation>L&amp;etters</translation>
    </message>
    <message>
        <source>France (French law)</source>
        <translation>France (French law)</translation>
    </message>
    <message>
        <source>Belgium (Belgian law)</source>
        <translation>Belgium (Belgian law)</translation>
    </message>
    <message>
        <source>New clients&apos; &amp;country:</source>
        <translation>New clients&apos; &amp;country:</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, step %2</translation>
    </message>
    <message>
        <source>Legal profiles</source>
        <translation>Legal profiles</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after a number</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <source>before the due date</source>
        <translation>before the due date</translation>
    </message>
    <message>
        <source>A step ahead of the due date (a courtesy reminder) counts “before the due date”. A formal notice usually counts from the receipt of the registered letter before it; a hand-over from the deadline it gave.</source>
        <translation>A step ahead of the due date (a courtesy reminder) counts “before the due date”. A formal notice usually counts from the receipt of the registered letter before it; a hand-over from the deadline it gave.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>De&amp;fault ladder for new clients:</source>
        <translation>De&amp;fault ladder for new clients:</translation>
    </message>
    <message>
        <source>Up&amp;date the ECB rate</source>
        <translation>Up&amp;date the ECB rate</translation>
    </message>
    <message>
        <source>Reads the ECB main refinancing rate from the ECB&apos;s data portal and adds the half-years it now covers. A published rate is never replaced.</source>
        <translation>Reads the ECB main refinancing rate from the ECB&apos;s data portal and adds the half-years it now covers. A published rate is never replaced.</translation>
    </message>
    <message>
        <source>%1: ECB rate %2, in force on %3.</source>
        <translation>%1: ECB rate %2, in force on %3.</translation>
    </message>
    <message>
        <source>Nothing new: the ECB series, read up to %1, adds no half-year.</source>
        <translation>Nothing new: the ECB series, read up to %1, adds no half-year.</translation>
    </message>
    <message>
        <source>ECB rate update</source>
        <translation>ECB rate update</translation>
    </message>
</context>
<context>
    <name>relance::ui::CsvImportWizard</name>
    <message>
        <source>Import invoices from a CSV file</source>
        <translation>Import invoices from a CSV file</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV, from your invoicing tool or your own table.</source>
        <translation>A spreadsheet saved as CSV, from your invoicing tool or your own table.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>The file&apos;s first rows</translation>
    </message>
    <message>
        <source>The columns</source>
        <translation>The columns</translation>
    </message>
    <message>
        <source>Which column holds what. Relance guessed from the headers and the values; every row is checked before anything is written.</source>
        <translation>Which column holds what. Relance guessed from the headers and the values; every row is checked before anything is written.</translation>
    </message>
    <message>
        <source>Comma (1 234,56)</source>
        <translation>Comma (1 234,56)</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>Point (1,234.56)</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>Decimal mark:</translation>
    </message>
    <message>
        <source>Dates written:</source>
        <translation>Dates written:</translation>
    </message>
    <message>
        <source>Create the clients Relance does not know</source>
        <translation>Create the clients Relance does not know</translation>
    </message>
    <message>
        <source>Problems found, by line and column</source>
        <translation>Problems found, by line and column</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>Import invoices</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) · encoding %1 · columns separated by “%2”</source>
        <translation>
            <numerusform>%n row · encoding %1 · columns separated by “%2”</numerusform>
            <numerusform>%n rows · encoding %1 · columns separated by “%2”</numerusform>
        </translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— not in the file —</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Column %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s) to fix in the file or the columns:&lt;/b&gt; nothing will be imported until every row reads.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problem to fix in the file or the columns:&lt;/b&gt; nothing will be imported until every row reads.</numerusform>
            <numerusform>&lt;b&gt;%n problems to fix in the file or the columns:&lt;/b&gt; nothing will be imported until every row reads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every invoice of this file is already in Relance (%n unchanged).</source>
        <translation>
            <numerusform>Every invoice of this file is already in Relance (%n unchanged).</numerusform>
            <numerusform>Every invoice of this file is already in Relance (%n unchanged).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n invoice(s) to add</source>
        <translation>
            <numerusform>Ready: %n invoice to add</numerusform>
            <numerusform>Ready: %n invoices to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s).</source>
        <translation>
            <numerusform>%n new client.</numerusform>
            <numerusform>%n new clients.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n invoice(s)</source>
        <translation>
            <numerusform>Importing %n invoice</numerusform>
            <numerusform>Importing %n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label in a form</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Reload the file</source>
        <translation>&amp;Reload the file</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it in your spreadsheet</source>
        <translation>Read the file again, after correcting it in your spreadsheet</translation>
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
    <message>
        <source>Promised this week</source>
        <translation>Promised this week</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Payment plans</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>In dispute</translation>
    </message>
    <message>
        <source>%1 on track · %2 late</source>
        <translation>%1 on track · %2 late</translation>
    </message>
    <message>
        <source>Balance of the disputed invoices; %1 of it is contested. They are not chased until the dispute is resolved.</source>
        <translation>Balance of the disputed invoices; %1 of it is contested. They are not chased until the dispute is resolved.</translation>
    </message>
    <message>
        <source>At risk (over 60 days late)</source>
        <translation>At risk (over 60 days late)</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>Collected this month</translation>
    </message>
    <message>
        <source>To do today</source>
        <translation>To do today</translation>
    </message>
    <message>
        <source>Days late, on average</source>
        <translation>Days late, on average</translation>
    </message>
    <message>
        <source>DSO (12 months)</source>
        <translation>DSO (12 months)</translation>
    </message>
    <message>
        <source>How many days after their due date the invoices settled in the last 12 months were paid, on average (0 for those paid on time).</source>
        <translation>How many days after their due date the invoices settled in the last 12 months were paid, on average (0 for those paid on time).</translation>
    </message>
    <message>
        <source>Days sales outstanding: what is owed today, divided by what was invoiced in the last 12 months, times 365. The lower, the faster you are paid.</source>
        <translation>Days sales outstanding: what is owed today, divided by what was invoiced in the last 12 months, times 365. The lower, the faster you are paid.</translation>
    </message>
    <message>
        <source>Payments received since the first of the month (credit notes are not counted).</source>
        <translation>Payments received since the first of the month (credit notes are not counted).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clients who owe the most overdue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clients who owe the most overdue&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoiced and collected, last 12 months&lt;/b&gt;</source>
        <translation>&lt;b&gt;Invoiced and collected, last 12 months&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Invoiced and collected per month</source>
        <translation>Invoiced and collected per month</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>invoices settled in 12 months</source>
        <translation>invoices settled in 12 months</translation>
    </message>
    <message>
        <source>days of sales owed</source>
        <translation>days of sales owed</translation>
    </message>
    <message numerus="yes">
        <source>%n active plan(s)</source>
        <translation>
            <numerusform>%n active plan</numerusform>
            <numerusform>%n active plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; — %3, %n invoice(s), the oldest %4 days late</source>
        <translation>
            <numerusform>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; — %3, %n invoice, the oldest %4 days late</numerusform>
            <numerusform>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; — %3, %n invoices, the oldest %4 days late</numerusform>
        </translation>
    </message>
    <message>
        <source>No client owes anything overdue.</source>
        <translation>No client owes anything overdue.</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice yet. Add your unpaid invoices with Invoice ▸ New invoice (Ctrl+N), or File ▸ Import invoices from a CSV file (Ctrl+I).</source>
        <translation>No invoice yet. Add your unpaid invoices with Invoice ▸ New invoice (Ctrl+N), or File ▸ Import invoices from a CSV file (Ctrl+I).</translation>
    </message>
    <message numerus="yes">
        <source>You owe %n client(s) %1 of credit notes worth more than they owed: use it against their next invoices or refund it (Client ▸ the client).</source>
        <translation>
            <numerusform>You owe %n client %1 of credit notes worth more than they owed: use it against their next invoices or refund it (Client ▸ the client).</numerusform>
            <numerusform>You owe %n clients %1 of credit notes worth more than they owed: use it against their next invoices or refund it (Client ▸ the client).</numerusform>
        </translation>
    </message>
    <message>
        <source>not enough history yet (%1 invoices over %2 days)</source>
        <translation>not enough history yet (%1 invoices over %2 days)</translation>
    </message>
    <message>
        <source>nothing invoiced in 12 months</source>
        <translation>nothing invoiced in 12 months</translation>
    </message>
</context>
<context>
    <name>relance::ui::DateField</name>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Choose in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>the date cannot be before %1</source>
        <translation>the date cannot be before %1</translation>
    </message>
    <message>
        <source>the date cannot be after %1</source>
        <translation>the date cannot be after %1</translation>
    </message>
</context>
<context>
    <name>relance::ui::DisputeDialog</name>
    <message>
        <source>The client disputes the invoice</source>
        <translation>The client disputes the invoice</translation>
    </message>
    <message>
        <source>&amp;Open the dispute</source>
        <translation>&amp;Open the dispute</translation>
    </message>
    <message>
        <source>e.g. hours billed for the second week</source>
        <translation>e.g. hours billed for the second week</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <source>&amp;What is contested:</source>
        <translation>&amp;What is contested:</translation>
    </message>
    <message>
        <source>&amp;Amount contested:</source>
        <translation>&amp;Amount contested:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>The invoice leaves the agenda until the dispute is resolved.</source>
        <translation>The invoice leaves the agenda until the dispute is resolved.</translation>
    </message>
    <message>
        <source>Opening a dispute</source>
        <translation>Opening a dispute</translation>
    </message>
</context>
<context>
    <name>relance::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Relance</source>
        <translation>Welcome to Relance</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Relance tells you every morning which invoices are overdue, how much money is at risk and what to do today — a friendly e-mail, a call, a reminder letter, a formal notice — and writes it with you.</source>
        <translation>Relance tells you every morning which invoices are overdue, how much money is at risk and what to do today — a friendly e-mail, a call, a reminder letter, a formal notice — and writes it with you.</translation>
    </message>
    <message>
        <source>&amp;Set up my own book (two short pages)</source>
        <translation>&amp;Set up my own book (two short pages)</translation>
    </message>
    <message>
        <source>&amp;Explore first with demo data: a freelancer&apos;s 18 months, with late payers</source>
        <translation>&amp;Explore first with demo data: a freelancer&apos;s 18 months, with late payers</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
    <message>
        <source>How to chase</source>
        <translation>How to chase</translation>
    </message>
    <message>
        <source>The steps Relance plans after an invoice&apos;s due date, and the law that applies. Each client can have its own later.</source>
        <translation>The steps Relance plans after an invoice&apos;s due date, and the law that applies. Each client can have its own later.</translation>
    </message>
    <message>
        <source>&amp;Reminder ladder:</source>
        <translation>&amp;Reminder ladder:</translation>
    </message>
    <message>
        <source>Standard: a courtesy e-mail before the due date, reminders, a call, a registered reminder, then the formal notice. Gentle freelancer: the same with more patience between steps.</source>
        <translation>Standard: a courtesy e-mail before the due date, reminders, a call, a registered reminder, then the formal notice. Gentle freelancer: the same with more patience between steps.</translation>
    </message>
    <message>
        <source>France (French law)</source>
        <translation>France (French law)</translation>
    </message>
    <message>
        <source>Belgium (Belgian law)</source>
        <translation>Belgium (Belgian law)</translation>
    </message>
    <message>
        <source>Most of my &amp;clients are in:</source>
        <translation>Most of my &amp;clients are in:</translation>
    </message>
    <message>
        <source>I work in Alsace or Moselle (Good Friday and 26 December are holidays)</source>
        <translation>I work in Alsace or Moselle (Good Friday and 26 December are holidays)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>These details head every letter and tell your clients how to pay you. Your name, address and IBAN are needed now; the rest can wait (Edit ▸ Your company).</source>
        <translation>These details head every letter and tell your clients how to pay you. Your name, address and IBAN are needed now; the rest can wait (Edit ▸ Your company).</translation>
    </message>
    <message>
        <source>Now bring in your unpaid invoices. Then open Today each morning: it lists the steps due, and writes the letters with you.</source>
        <translation>Now bring in your unpaid invoices. Then open Today each morning: it lists the steps due, and writes the letters with you.</translation>
    </message>
    <message>
        <source>One invoice and its client, typed in (Invoice ▸ New invoice, Ctrl+N).</source>
        <translation>One invoice and its client, typed in (Invoice ▸ New invoice, Ctrl+N).</translation>
    </message>
    <message>
        <source>Import a &amp;CSV file</source>
        <translation>Import a &amp;CSV file</translation>
    </message>
    <message>
        <source>Import &amp;e-invoices</source>
        <translation>Import &amp;e-invoices</translation>
    </message>
    <message>
        <source>Factur-X PDFs or UBL / CII files (File ▸ Import e-invoices).</source>
        <translation>Factur-X PDFs or UBL / CII files (File ▸ Import e-invoices).</translation>
    </message>
    <message>
        <source>A spreadsheet or an export of your invoicing tool (File ▸ Import invoices from a CSV file, Ctrl+I).</source>
        <translation>A spreadsheet or an export of your invoicing tool (File ▸ Import invoices from a CSV file, Ctrl+I).</translation>
    </message>
    <message>
        <source>Enter my first &amp;invoice</source>
        <translation>Enter my first &amp;invoice</translation>
    </message>
    <message>
        <source>The demo opens in a book of its own, beside this one: your own data never mixes with it. Come back to your book with File ▸ Open database.</source>
        <translation>The demo opens in a book of its own, beside this one: your own data never mixes with it. Come back to your book with File ▸ Open database.</translation>
    </message>
</context>
<context>
    <name>relance::ui::FormFields</name>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>The client&apos;s (French in France and Belgium)</source>
        <translation>The client&apos;s (French in France and Belgium)</translation>
    </message>
</context>
<context>
    <name>relance::ui::HelpDialog</name>
    <message>
        <source>Relance user guide</source>
        <translation>Relance user guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
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
        <source>Delete payment</source>
        <translation>Delete payment</translation>
    </message>
    <message>
        <source>Delete the payment of %1 received on %2?

It is removed from every invoice it settles, and their balances go back up.</source>
        <translation>Delete the payment of %1 received on %2?

It is removed from every invoice it settles, and their balances go back up.</translation>
    </message>
    <message>
        <source>the client&apos;s, or the legal default</source>
        <translation>the client&apos;s, or the legal default</translation>
    </message>
    <message>
        <source>C&amp;hasing:</source>
        <translation>C&amp;hasing:</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Invoice</translation>
    </message>
    <message>
        <source>Co&amp;llection</source>
        <translation>Co&amp;llection</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate such as 12,5</source>
        <translation>&quot;%1&quot; is not a rate such as 12,5</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>A&amp;greements</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>Deleting the payment of %1</source>
        <translation>Deleting the payment of %1</translation>
    </message>
    <message>
        <source>New invoice %1</source>
        <translation>New invoice %1</translation>
    </message>
    <message>
        <source>Changes to invoice %1</source>
        <translation>Changes to invoice %1</translation>
    </message>
    <message>
        <source>Ne&amp;w client…</source>
        <translation>Ne&amp;w client…</translation>
    </message>
    <message>
        <source>What the invoice is for, printed on letters</source>
        <translation>What the invoice is for, printed on letters</translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation>O&amp;bject:</translation>
    </message>
    <message>
        <source>0 % — VAT not applicable, art. 293 B of the CGI</source>
        <translation>0 % — VAT not applicable, art. 293 B of the CGI</translation>
    </message>
    <message>
        <source>⚠ The issue date is in the future (today is %1).</source>
        <translation>⚠ The issue date is in the future (today is %1).</translation>
    </message>
    <message>
        <source>⚠ The due date is before the issue date.</source>
        <translation>⚠ The due date is before the issue date.</translation>
    </message>
    <message>
        <source>⚠ %1 is not the amount excl. VAT, and no VAT applies. &lt;a href=&quot;recompute&quot;&gt;Use %2&lt;/a&gt;</source>
        <translation>⚠ %1 is not the amount excl. VAT, and no VAT applies. &lt;a href=&quot;recompute&quot;&gt;Use %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>⚠ %1 is not the amount excl. VAT plus VAT at %2 (%3). &lt;a href=&quot;recompute&quot;&gt;Use %3&lt;/a&gt;</source>
        <translation>⚠ %1 is not the amount excl. VAT plus VAT at %2 (%3). &lt;a href=&quot;recompute&quot;&gt;Use %3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Service completed on</source>
        <translation>Service completed on</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Is&amp;sued on:</source>
        <translation>Is&amp;sued on:</translation>
    </message>
    <message>
        <source>Late-payment ra&amp;te (%):</source>
        <translation>Late-payment ra&amp;te (%):</translation>
    </message>
    <message>
        <source>Delete pay&amp;ment…</source>
        <translation>Delete pay&amp;ment…</translation>
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
    <message>
        <source>At risk (over 60 days late)</source>
        <translation>At risk (over 60 days late)</translation>
    </message>
    <message>
        <source>Promised this week</source>
        <translation>Promised this week</translation>
    </message>
    <message>
        <source>In a payment plan</source>
        <translation>In a payment plan</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>In dispute</translation>
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
</context>
<context>
    <name>relance::ui::IssuerForm</name>
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
        <source>Si&amp;gnatory:</source>
        <translation>Si&amp;gnatory:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>Choose an image…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image under 2 MB.</source>
        <translation>%1 is not a PNG or JPEG image under 2 MB.</translation>
    </message>
    <message>
        <source>Logo on letters:</source>
        <translation>Logo on letters:</translation>
    </message>
    <message>
        <source>Signature image:</source>
        <translation>Signature image:</translation>
    </message>
    <message>
        <source>your IBAN prints on every letter, so that clients know where to pay</source>
        <translation>your IBAN prints on every letter, so that clients know where to pay</translation>
    </message>
    <message>
        <source>your address prints on every letter: fill in the street, postal code and city</source>
        <translation>your address prints on every letter: fill in the street, postal code and city</translation>
    </message>
    <message>
        <source>Remove the image: %1</source>
        <translation>Remove the image: %1</translation>
    </message>
    <message>
        <source>Change the image: %1</source>
        <translation>Change the image: %1</translation>
    </message>
    <message>
        <source>Entrepreneur individuel (micro-entrepreneur)</source>
        <translation>Entrepreneur individuel (micro-entrepreneur)</translation>
    </message>
    <message>
        <source>Under the VAT franchise, your invoices carry no VAT and state “TVA non applicable, art. 293 B du CGI”: enter them at 0 % (the invoice editor offers it).</source>
        <translation>Under the VAT franchise, your invoices carry no VAT and state “TVA non applicable, art. 293 B du CGI”: enter them at 0 % (the invoice editor offers it).</translation>
    </message>
    <message>
        <source>* needed to write letters</source>
        <translation>* needed to write letters</translation>
    </message>
    <message>
        <source>C&amp;ompany name:</source>
        <translation>C&amp;ompany name:</translation>
    </message>
    <message>
        <source>BI&amp;C:</source>
        <translation>BI&amp;C:</translation>
    </message>
    <message>
        <source>Signatory&apos;s capaci&amp;ty:</source>
        <translation>Signatory&apos;s capaci&amp;ty:</translation>
    </message>
</context>
<context>
    <name>relance::ui::LetterDialog</name>
    <message>
        <source>Write a letter</source>
        <translation>Write a letter</translation>
    </message>
    <message>
        <source>e.g. 1A 123 456 7890 1</source>
        <translation>e.g. 1A 123 456 7890 1</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Registered &amp;number:</source>
        <translation>Registered &amp;number:</translation>
    </message>
    <message>
        <source>What was agreed: new date, amounts, penalties waived…</source>
        <translation>What was agreed: new date, amounts, penalties waived…</translation>
    </message>
    <message>
        <source>Terms agreed with the client:</source>
        <translation>Terms agreed with the client:</translation>
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
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <source>&amp;Add an instalment</source>
        <translation>&amp;Add an instalment</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Instalments (date, amount):</source>
        <translation>Instalments (date, amount):</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>&amp;Copy the text</source>
        <translation>&amp;Copy the text</translation>
    </message>
    <message>
        <source>The same step by e-mail or text message:</source>
        <translation>The same step by e-mail or text message:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Send by &amp;e-mail…</translation>
    </message>
    <message>
        <source>Prints the letter; it is archived and recorded on the invoice.</source>
        <translation>Prints the letter; it is archived and recorded on the invoice.</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Preview of the letter</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>The printer could not start; the letter is archived as %1.</source>
        <translation>The printer could not start; the letter is archived as %1.</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Print the letter</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Save the letter as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Your mail program opens with the message. Attach the letter, saved here:
%1</source>
        <translation>Your mail program opens with the message. Attach the letter, saved here:
%1</translation>
    </message>
    <message>
        <source>Number of monthly instalments</source>
        <translation>Number of monthly instalments</translation>
    </message>
    <message>
        <source>&amp;Spread monthly</source>
        <translation>&amp;Spread monthly</translation>
    </message>
    <message>
        <source>Equal monthly instalments of the balance from next month, the cents left over on the last</source>
        <translation>Equal monthly instalments of the balance from next month, the cents left over on the last</translation>
    </message>
    <message>
        <source>The step as an e-mail</source>
        <translation>The step as an e-mail</translation>
    </message>
    <message>
        <source>The step as a text message</source>
        <translation>The step as a text message</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Letter preview</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); the letter is archived as %3.</source>
        <translation>Could not write %1 (%2); the letter is archived as %3.</translation>
    </message>
    <message>
        <source>&amp;Write it anyway: the letter will mention only what the book records</source>
        <translation>&amp;Write it anyway: the letter will mention only what the book records</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>saved as PDF</translation>
    </message>
    <message>
        <source>handed to your mail program</source>
        <translation>handed to your mail program</translation>
    </message>
    <message>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <source>%1 %2 and archived as proof; recorded on %3 as a step done today by %4.</source>
        <translation>%1 %2 and archived as proof; recorded on %3 as a step done today by %4.</translation>
    </message>
    <message>
        <source>%1&apos;s postal address is missing: printing and the PDF wait for it (the client&apos;s card); the e-mail can go.</source>
        <translation>%1&apos;s postal address is missing: printing and the PDF wait for it (the client&apos;s card); the e-mail can go.</translation>
    </message>
</context>
<context>
    <name>relance::ui::LetterSettingsTab</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>Text si&amp;ze:</translation>
    </message>
    <message>
        <source>Save the page settings</source>
        <translation>Save the page settings</translation>
    </message>
    <message>
        <source>The defaults fit a French DL window envelope (window 85 × 33 mm, 110 mm from the left and 55 mm from the top of the sheet).</source>
        <translation>The defaults fit a French DL window envelope (window 85 × 33 mm, 110 mm from the left and 55 mm from the top of the sheet).</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Every jurisdiction</source>
        <translation>Every jurisdiction</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Template text</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <source>Sa&amp;ve the template</source>
        <translation>Sa&amp;ve the template</translation>
    </message>
    <message>
        <source>Back to the shipped &amp;text</source>
        <translation>Back to the shipped &amp;text</translation>
    </message>
    <message>
        <source>Sections: [subject], [title], [letter], [enclosures], [email.subject], [email], [sms]. **bold**, &quot;- &quot; for a bullet, {if b2b} … {else} … {end} on their own lines. Double-click a placeholder to insert it.</source>
        <translation>Sections: [subject], [title], [letter], [enclosures], [email.subject], [email], [sms]. **bold**, &quot;- &quot; for a bullet, {if b2b} … {else} … {end} on their own lines. Double-click a placeholder to insert it.</translation>
    </message>
    <message>
        <source>Your own text.</source>
        <translation>Your own text.</translation>
    </message>
    <message>
        <source>The shipped text (or your text for every jurisdiction).</source>
        <translation>The shipped text (or your text for every jurisdiction).</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Page settings</source>
        <translation>Page settings</translation>
    </message>
    <message>
        <source>Address window from the le&amp;ft:</source>
        <translation>Address window from the le&amp;ft:</translation>
    </message>
    <message>
        <source>Address &amp;window from the top:</source>
        <translation>Address &amp;window from the top:</translation>
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
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Mark the selected step done…</source>
        <translation>&amp;Mark the selected step done…</translation>
    </message>
    <message>
        <source>Collection &amp;settings…</source>
        <translation>Collection &amp;settings…</translation>
    </message>
    <message>
        <source>&amp;Write the selected step&apos;s letter…</source>
        <translation>&amp;Write the selected step&apos;s letter…</translation>
    </message>
    <message>
        <source>Write all today&apos;s &amp;letters…</source>
        <translation>Write all today&apos;s &amp;letters…</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>&amp;Bank</translation>
    </message>
    <message>
        <source>Import &amp;invoices from a CSV file…</source>
        <translation>Import &amp;invoices from a CSV file…</translation>
    </message>
    <message>
        <source>Import &amp;e-invoices (Factur-X, UBL)…</source>
        <translation>Import &amp;e-invoices (Factur-X, UBL)…</translation>
    </message>
    <message>
        <source>Import a &amp;bank statement…</source>
        <translation>Import a &amp;bank statement…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Invoices…</source>
        <translation>&amp;Invoices…</translation>
    </message>
    <message>
        <source>&amp;Payments…</source>
        <translation>&amp;Payments…</translation>
    </message>
    <message>
        <source>&amp;Actions and letters…</source>
        <translation>&amp;Actions and letters…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) imported</source>
        <translation>
            <numerusform>%n invoice imported</numerusform>
            <numerusform>%n invoices imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s).</source>
        <translation>
            <numerusform>%n new client.</numerusform>
            <numerusform>%n new clients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import e-invoices</source>
        <translation>Import e-invoices</translation>
    </message>
    <message>
        <source>E-invoices (*.pdf *.xml);;All files (*)</source>
        <translation>E-invoices (*.pdf *.xml);;All files (*)</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit note(s) applied</source>
        <translation>
            <numerusform>%n credit note applied</numerusform>
            <numerusform>%n credit notes applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV for a spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Relance backups (*.relance-backup)</source>
        <translation>Relance backups (*.relance-backup)</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1 with %n letter(s) and document(s).</source>
        <translation>
            <numerusform>Backed up to %1 with %n letter and document.</numerusform>
            <numerusform>Backed up to %1 with %n letters and documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Relance backups (*.relance-backup);;All files (*)</source>
        <translation>Relance backups (*.relance-backup);;All files (*)</translation>
    </message>
    <message>
        <source>Replace everything in %1 by the backup %2?

The current database and letters are kept beside it, with the suffix “.before-restore”.</source>
        <translation>Replace everything in %1 by the backup %2?

The current database and letters are kept beside it, with the suffix “.before-restore”.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Nothing was changed.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Restored from %1.</translation>
    </message>
    <message>
        <source>Relance &amp;user guide</source>
        <translation>Relance &amp;user guide</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>This step cannot be undone: %1</source>
        <translation>This step cannot be undone: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Search: invoice number, client or amount</source>
        <translation>Search: invoice number, client or amount</translation>
    </message>
    <message>
        <source>Search the invoices</source>
        <translation>Search the invoices</translation>
    </message>
    <message>
        <source>Payments &amp;received…</source>
        <translation>Payments &amp;received…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>After an interruption: %1.</source>
        <translation>After an interruption: %1.</translation>
    </message>
    <message>
        <source>Clients without a postal address</source>
        <translation>Clients without a postal address</translation>
    </message>
    <message numerus="yes">
        <source>%n of the new clients came without a postal address. E-mails reach them; paper letters wait until it is filled in on their card:</source>
        <translation>
            <numerusform>%n of the new clients came without a postal address. E-mails reach them; paper letters wait until it is filled in on their card:</numerusform>
            <numerusform>%n of the new clients came without a postal address. E-mails reach them; paper letters wait until it is filled in on their card:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>This is the demo book. Your own book stays as it was: %1 (File ▸ Open database).</source>
        <translation>This is the demo book. Your own book stays as it was: %1 (File ▸ Open database).</translation>
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
    <message>
        <source>Invoices this payment settles</source>
        <translation>Invoices this payment settles</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>Payment of %1</translation>
    </message>
</context>
<context>
    <name>relance::ui::PaymentListDialog</name>
    <message>
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <source>◀ &amp;Previous month</source>
        <translation>◀ &amp;Previous month</translation>
    </message>
    <message>
        <source>&amp;Next month ▶</source>
        <translation>&amp;Next month ▶</translation>
    </message>
    <message>
        <source>No payment received this month.</source>
        <translation>No payment received this month.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), %1 in all (credit notes are not counted).</source>
        <translation>
            <numerusform>%n payment, %1 in all (credit notes are not counted).</numerusform>
            <numerusform>%n payments, %1 in all (credit notes are not counted).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relance::ui::PaymentTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 not allocated</source>
        <translation>%1 not allocated</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
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
        <source>Settles</source>
        <translation>Settles</translation>
    </message>
</context>
<context>
    <name>relance::ui::PlanDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — balance %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 — balance %3</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <source>&amp;Agree the plan</source>
        <translation>&amp;Agree the plan</translation>
    </message>
    <message>
        <source>Then &amp;write the schedule letter to send</source>
        <translation>Then &amp;write the schedule letter to send</translation>
    </message>
    <message>
        <source>Agreeing a payment plan</source>
        <translation>Agreeing a payment plan</translation>
    </message>
</context>
<context>
    <name>relance::ui::PlanEditor</name>
    <message>
        <source>Invoices the plan covers</source>
        <translation>Invoices the plan covers</translation>
    </message>
    <message>
        <source>%1 — due %2 — balance %3</source>
        <translation>%1 — due %2 — balance %3</translation>
    </message>
    <message>
        <source> (disputed)</source>
        <translation> (disputed)</translation>
    </message>
    <message>
        <source> (in plan %1)</source>
        <translation> (in plan %1)</translation>
    </message>
    <message>
        <source>Give up the fixed recovery i&amp;ndemnity while the plan is kept</source>
        <translation>Give up the fixed recovery i&amp;ndemnity while the plan is kept</translation>
    </message>
    <message>
        <source>Claim them again if the plan is &amp;broken</source>
        <translation>Claim them again if the plan is &amp;broken</translation>
    </message>
    <message>
        <source>A&amp;greed on:</source>
        <translation>A&amp;greed on:</translation>
    </message>
    <message>
        <source>In&amp;voices:</source>
        <translation>In&amp;voices:</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>&amp;Instalments:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>paid &amp;on</source>
        <translation>paid &amp;on</translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation>&amp;Deposit:</translation>
    </message>
    <message>
        <source>Nu&amp;mber:</source>
        <translation>Nu&amp;mber:</translation>
    </message>
    <message>
        <source>&amp;First on:</source>
        <translation>&amp;First on:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
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
        <source>&amp;Add an instalment</source>
        <translation>&amp;Add an instalment</translation>
    </message>
    <message>
        <source>&amp;Remove the selected one</source>
        <translation>&amp;Remove the selected one</translation>
    </message>
    <message>
        <source>balance %1</source>
        <translation>balance %1</translation>
    </message>
    <message>
        <source>interest %1 given up</source>
        <translation>interest %1 given up</translation>
    </message>
    <message>
        <source>interest %1</source>
        <translation>interest %1</translation>
    </message>
    <message>
        <source>indemnity %1 given up</source>
        <translation>indemnity %1 given up</translation>
    </message>
    <message>
        <source>indemnity %1</source>
        <translation>indemnity %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 to spread&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;%1 to spread&lt;/b&gt;: %2.</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>deposit</translation>
    </message>
    <message>
        <source>%1 of instalment %2</source>
        <translation>%1 of instalment %2</translation>
    </message>
    <message>
        <source>Give up the late-pa&amp;yment interest while the plan is kept</source>
        <translation>Give up the late-pa&amp;yment interest while the plan is kept</translation>
    </message>
</context>
<context>
    <name>relance::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>As the system (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The new language shows the next time Relance starts. Numbers and dates keep the system&apos;s format.</source>
        <translation>The new language shows the next time Relance starts. Numbers and dates keep the system&apos;s format.</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>The dashboard</translation>
    </message>
    <message>
        <source>Today&apos;s steps</source>
        <translation>Today&apos;s steps</translation>
    </message>
    <message>
        <source>&amp;Open on:</source>
        <translation>&amp;Open on:</translation>
    </message>
    <message>
        <source>&amp;Reset the lists&apos; column widths</source>
        <translation>&amp;Reset the lists&apos; column widths</translation>
    </message>
    <message>
        <source>Lists remember the column widths you set; this gives them their default widths back the next time they open.</source>
        <translation>Lists remember the column widths you set; this gives them their default widths back the next time they open.</translation>
    </message>
    <message>
        <source>Column widths reset</source>
        <translation>Column widths reset</translation>
    </message>
    <message>
        <source>Lists:</source>
        <translation>Lists:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
</context>
<context>
    <name>relance::ui::PromiseDialog</name>
    <message>
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <source>&amp;Record the promise</source>
        <translation>&amp;Record the promise</translation>
    </message>
    <message>
        <source>the whole balance</source>
        <translation>the whole balance</translation>
    </message>
    <message>
        <source>&amp;Will pay by:</source>
        <translation>&amp;Will pay by:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Promised &amp;on:</source>
        <translation>Promised &amp;on:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Chasing waits until the day after the promised date; if the invoice is still unpaid then, the agenda flags the missed promise.</source>
        <translation>Chasing waits until the day after the promised date; if the invoice is still unpaid then, the agenda flags the missed promise.</translation>
    </message>
    <message>
        <source>Recording a promise to pay</source>
        <translation>Recording a promise to pay</translation>
    </message>
</context>
<context>
    <name>relance::ui::ResolveDisputeDialog</name>
    <message>
        <source>Resolve the dispute</source>
        <translation>Resolve the dispute</translation>
    </message>
    <message>
        <source>Disputed since %1: %2 (%3)</source>
        <translation>Disputed since %1: %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>e.g. AV-2026-004</source>
        <translation>e.g. AV-2026-004</translation>
    </message>
    <message>
        <source>Credit note &amp;amount:</source>
        <translation>Credit note &amp;amount:</translation>
    </message>
    <message>
        <source>Credit note n&amp;umber:</source>
        <translation>Credit note n&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Resolving a dispute</source>
        <translation>Resolving a dispute</translation>
    </message>
</context>
<context>
    <name>relance::ui::SettlementDialog</name>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>&amp;Record the settlement</source>
        <translation>&amp;Record the settlement</translation>
    </message>
    <message>
        <source>e.g. Mme Durand, accounts</source>
        <translation>e.g. Mme Durand, accounts</translation>
    </message>
    <message>
        <source>Give up the fixed recovery i&amp;ndemnity</source>
        <translation>Give up the fixed recovery i&amp;ndemnity</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>% if paid &amp;by</source>
        <translation>% if paid &amp;by</translation>
    </message>
    <message>
        <source>Prompt-payment dis&amp;count:</source>
        <translation>Prompt-payment dis&amp;count:</translation>
    </message>
    <message>
        <source>Anything else agreed, in your words</source>
        <translation>Anything else agreed, in your words</translation>
    </message>
    <message>
        <source>A&amp;greed on:</source>
        <translation>A&amp;greed on:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;With:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Terms:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Recording a settlement</source>
        <translation>Recording a settlement</translation>
    </message>
    <message>
        <source>New due dat&amp;e:</source>
        <translation>New due dat&amp;e:</translation>
    </message>
    <message>
        <source>Give up the late-pa&amp;yment interest</source>
        <translation>Give up the late-pa&amp;yment interest</translation>
    </message>
    <message>
        <source>Claim them again if the agreement is bro&amp;ken</source>
        <translation>Claim them again if the agreement is bro&amp;ken</translation>
    </message>
    <message>
        <source>&amp;Paid in instalments</source>
        <translation>&amp;Paid in instalments</translation>
    </message>
    <message>
        <source>Then write the confirmation &amp;letter</source>
        <translation>Then write the confirmation &amp;letter</translation>
    </message>
</context>
<context>
    <name>relance::ui::StatementDialog</name>
    <message>
        <source>Statement of account of %1</source>
        <translation>Statement of account of %1</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Preview of the statement of account</source>
        <translation>Preview of the statement of account</translation>
    </message>
    <message>
        <source>Statement preview</source>
        <translation>Statement preview</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>The printer could not start.</source>
        <translation>The printer could not start.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation>Could not write %1 (%2).</translation>
    </message>
    <message>
        <source>Print the statement of account</source>
        <translation>Print the statement of account</translation>
    </message>
    <message>
        <source>Save the statement of account as PDF</source>
        <translation>Save the statement of account as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>relance::ui::TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>relance::ui::TimelineView</name>
    <message>
        <source>What happened, newest first</source>
        <translation>What happened, newest first</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xport as PDF…</translation>
    </message>
    <message>
        <source>The whole story in one document, for a lawyer or a collection agency.</source>
        <translation>The whole story in one document, for a lawyer or a collection agency.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>History of invoice %1</source>
        <translation>History of invoice %1</translation>
    </message>
    <message>
        <source>%1 — %2 incl. VAT, due %3</source>
        <translation>%1 — %2 incl. VAT, due %3</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Export the history</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>relance::ui::TodayView</name>
    <message>
        <source>&amp;Mark as done…</source>
        <translation>&amp;Mark as done…</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Add a &amp;note…</translation>
    </message>
    <message>
        <source>&amp;Open the invoice</source>
        <translation>&amp;Open the invoice</translation>
    </message>
    <message numerus="yes">
        <source>Show the next %n day(s) too</source>
        <translation>
            <numerusform>Show the next %n day too</numerusform>
            <numerusform>Show the next %n days too</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps to do</source>
        <translation>Steps to do</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) to do</source>
        <translation>
            <numerusform>%n step to do</numerusform>
            <numerusform>%n steps to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) paused (disputed or on hold)</source>
        <translation>
            <numerusform>%n invoice paused (disputed or on hold)</numerusform>
            <numerusform>%n invoices paused (disputed or on hold)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handed over or at the end of the ladder</source>
        <translation>
            <numerusform>%n handed over or at the end of the ladder</numerusform>
            <numerusform>%n handed over or at the end of the ladder</numerusform>
        </translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Recovery risk</source>
        <translation>Recovery risk</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source> (try %1)</source>
        <translation> (try %1)</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3)</source>
        <translation>%1 (step %2 of %3)</translation>
    </message>
    <message>
        <source>The receipt of the registered letter is not recorded: planned from its posting.</source>
        <translation>The receipt of the registered letter is not recorded: planned from its posting.</translation>
    </message>
    <message>
        <source>&amp;Log the call…</source>
        <translation>&amp;Log the call…</translation>
    </message>
    <message>
        <source>Write the &amp;letter…</source>
        <translation>Write the &amp;letter…</translation>
    </message>
    <message>
        <source>Write all to&amp;day&apos;s letters…</source>
        <translation>Write all to&amp;day&apos;s letters…</translation>
    </message>
    <message>
        <source>Every letter due today in one go: one PDF each and one combined PDF to print.</source>
        <translation>Every letter due today in one go: one PDF each and one combined PDF to print.</translation>
    </message>
    <message>
        <source>Folder for today&apos;s letters</source>
        <translation>Folder for today&apos;s letters</translation>
    </message>
    <message>
        <source>Today&apos;s letters</source>
        <translation>Today&apos;s letters</translation>
    </message>
    <message>
        <source>No letter is due today.</source>
        <translation>No letter is due today.</translation>
    </message>
    <message>
        <source>Writing today&apos;s letters…</source>
        <translation>Writing today&apos;s letters…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>letters-%1.pdf</source>
        <translation>letters-%1.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written in %1, and all of them in %2 to print.</source>
        <translation>
            <numerusform>%n letter written in %1, and all of them in %2 to print.</numerusform>
            <numerusform>%n letters written in %1, and all of them in %2 to print.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation>Not written:</translation>
    </message>
    <message>
        <source>Print them now?</source>
        <translation>Print them now?</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a promised payment</source>
        <translation>
            <numerusform>%n waiting for a promised payment</numerusform>
            <numerusform>%n waiting for a promised payment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid by instalments</source>
        <translation>
            <numerusform>%n paid by instalments</numerusform>
            <numerusform>%n paid by instalments</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Payment plans</translation>
    </message>
    <message>
        <source>%1 (plan %2)</source>
        <translation>%1 (plan %2)</translation>
    </message>
    <message>
        <source> — promise of %1 missed</source>
        <translation> — promise of %1 missed</translation>
    </message>
    <message>
        <source>The client promised to pay by %1 and has not.</source>
        <translation>The client promised to pay by %1 and has not.</translation>
    </message>
    <message>
        <source>&amp;Record the reminder…</source>
        <translation>&amp;Record the reminder…</translation>
    </message>
    <message>
        <source>Plan &amp;broken…</source>
        <translation>Plan &amp;broken…</translation>
    </message>
    <message>
        <source>instalment %1 of %2 (%3 due on %4, %5 unpaid)</source>
        <translation>instalment %1 of %2 (%3 due on %4, %5 unpaid)</translation>
    </message>
    <message>
        <source>Instalment reminder</source>
        <translation>Instalment reminder</translation>
    </message>
    <message>
        <source>Record that %1 was reminded of %2 today, by e-mail?</source>
        <translation>Record that %1 was reminded of %2 today, by e-mail?</translation>
    </message>
    <message>
        <source>Plan broken</source>
        <translation>Plan broken</translation>
    </message>
    <message>
        <source>%1 was reminded of %2 and has not paid. Declare payment plan %3 broken? Chasing resumes at the step where it stood, with the interest and indemnity given up claimed again if the plan said so.</source>
        <translation>%1 was reminded of %2 and has not paid. Declare payment plan %3 broken? Chasing resumes at the step where it stood, with the interest and indemnity given up claimed again if the plan said so.</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Mark steps done</source>
        <translation>Mark steps done</translation>
    </message>
    <message numerus="yes">
        <source>Record these %n step(s) as done today?</source>
        <translation>
            <numerusform>Record this step as done today?</numerusform>
            <numerusform>Record these %n steps as done today?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marking %n step(s) done</source>
        <translation>
            <numerusform>Marking %n step done</numerusform>
            <numerusform>Marking %n steps done</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nothing to do today.</source>
        <translation>Nothing to do today.</translation>
    </message>
    <message>
        <source>Next step: %1 for %2 (%3), on %4.</source>
        <translation>Next step: %1 for %2 (%3), on %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue, %1 in all.</source>
        <translation>
            <numerusform>%n invoice overdue, %1 in all.</numerusform>
            <numerusform>%n invoices overdue, %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice is overdue.</source>
        <translation>No invoice is overdue.</translation>
    </message>
    <message numerus="yes">
        <source>%n paused (disputed or on hold)</source>
        <translation>
            <numerusform>%n paused (disputed or on hold)</numerusform>
            <numerusform>%n paused (disputed or on hold)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at the end of its ladder, to hand over</source>
        <translation>
            <numerusform>%n at the end of its ladder, to hand over</numerusform>
            <numerusform>%n at the end of its ladder, to hand over</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the agenda: %1.</source>
        <translation>Not on the agenda: %1.</translation>
    </message>
    <message>
        <source>Recorded as done today: %1.</source>
        <translation>Recorded as done today: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recorded for %1: %2.</source>
        <translation>Recorded for %1: %2.</translation>
    </message>
    <message>
        <source>Recorded: %1 reminded of %2 today, by e-mail.</source>
        <translation>Recorded: %1 reminded of %2 today, by e-mail.</translation>
    </message>
    <message>
        <source>Recorded: payment plan %1 broken today; chasing resumes.</source>
        <translation>Recorded: payment plan %1 broken today; chasing resumes.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written and archived as proof; the steps they fulfil are recorded as done today.</source>
        <translation>
            <numerusform>%n letter written and archived as proof; the steps they fulfil are recorded as done today.</numerusform>
            <numerusform>%n letters written and archived as proof; the steps they fulfil are recorded as done today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relance::ui::UndoHistory</name>
    <message>
        <source>Change to %1</source>
        <translation>Change to %1</translation>
    </message>
    <message>
        <source>Change to settings</source>
        <translation>Change to settings</translation>
    </message>
</context>
</TS>
