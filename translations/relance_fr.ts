<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Aging</name>
    <message>
        <source>Not yet due</source>
        <translation>Pas encore échue</translation>
    </message>
    <message>
        <source>1–30 days late</source>
        <translation>1 à 30 jours de retard</translation>
    </message>
    <message>
        <source>31–60 days late</source>
        <translation>31 à 60 jours de retard</translation>
    </message>
    <message>
        <source>61–90 days late</source>
        <translation>61 à 90 jours de retard</translation>
    </message>
    <message>
        <source>Over 90 days late</source>
        <translation>Plus de 90 jours de retard</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Add a client.</source>
        <translation>Ajouter un client.</translation>
    </message>
    <message>
        <source>The client&apos;s name (required, unique).</source>
        <translation>Nom du client (obligatoire, unique).</translation>
    </message>
    <message>
        <source>Legal form (SARL, SAS, EI...).</source>
        <translation>Forme juridique (SARL, SAS, EI…).</translation>
    </message>
    <message>
        <source>SIREN (9 digits) or SIRET (14 digits).</source>
        <translation>SIREN (9 chiffres) ou SIRET (14 chiffres).</translation>
    </message>
    <message>
        <source>Intra-EU VAT number.</source>
        <translation>Numéro de TVA intracommunautaire.</translation>
    </message>
    <message>
        <source>E-mail address for reminders.</source>
        <translation>Adresse e-mail pour les relances.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>Street address (use \n between lines).</source>
        <translation>Adresse (\n entre les lignes).</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation>Code postal.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Ville.</translation>
    </message>
    <message>
        <source>Country code (default FR).</source>
        <translation>Code pays (FR par défaut).</translation>
    </message>
    <message>
        <source>Contact person.</source>
        <translation>Interlocuteur.</translation>
    </message>
    <message>
        <source>Payment terms in days (default 30).</source>
        <translation>Délai de paiement en jours (30 par défaut).</translation>
    </message>
    <message>
        <source>The client is a consumer, not a professional.</source>
        <translation>Le client est un particulier, non un professionnel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de jours</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; added.</source>
        <translation>Client «&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>Add an invoice.</source>
        <translation>Ajouter une facture.</translation>
    </message>
    <message>
        <source>Invoice number (required, unique).</source>
        <translation>Numéro de facture (obligatoire, unique).</translation>
    </message>
    <message>
        <source>The client&apos;s name (required).</source>
        <translation>Nom du client (obligatoire).</translation>
    </message>
    <message>
        <source>Issue date (required).</source>
        <translation>Date d’émission (obligatoire).</translation>
    </message>
    <message>
        <source>Due date (default: issue date + the client&apos;s terms).</source>
        <translation>Date d’échéance (par défaut : date d’émission + délai du client).</translation>
    </message>
    <message>
        <source>Date the service was completed.</source>
        <translation>Date d’achèvement de la prestation.</translation>
    </message>
    <message>
        <source>Amount including VAT (required).</source>
        <translation>Montant TTC (obligatoire).</translation>
    </message>
    <message>
        <source>Amount excluding VAT (default: same as --amount, no VAT).</source>
        <translation>Montant HT (par défaut : égal à --amount, sans TVA).</translation>
    </message>
    <message>
        <source>ISO currency code (default EUR).</source>
        <translation>Code devise ISO (EUR par défaut).</translation>
    </message>
    <message>
        <source>Path of the invoice&apos;s PDF file.</source>
        <translation>Chemin du PDF de la facture.</translation>
    </message>
    <message>
        <source>this option is required</source>
        <translation>cette option est obligatoire</translation>
    </message>
    <message>
        <source>no client is named &quot;%1&quot;</source>
        <translation>aucun client ne s’appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Invoice %1 added: %2 due %3.</source>
        <translation>Facture %1 ajoutée : %2, échéance le %3.</translation>
    </message>
    <message>
        <source>Record a payment. Repeat --invoice to spread one payment over several invoices: NUMBER=AMOUNT gives each its share, otherwise they are settled in the order given.</source>
        <translation>Enregistrer un paiement. Répétez --invoice pour répartir un paiement sur plusieurs factures : NUMÉRO=MONTANT fixe la part de chacune, sinon elles sont soldées dans l’ordre donné.</translation>
    </message>
    <message>
        <source>Invoice number, optionally NUMBER=AMOUNT (required, repeatable).</source>
        <translation>Numéro de facture, éventuellement NUMÉRO=MONTANT (obligatoire, répétable).</translation>
    </message>
    <message>
        <source>Date the money arrived (required).</source>
        <translation>Date de réception des fonds (obligatoire).</translation>
    </message>
    <message>
        <source>Amount received (required).</source>
        <translation>Montant reçu (obligatoire).</translation>
    </message>
    <message>
        <source>transfer, cheque, card, direct-debit, cash or other.</source>
        <translation>transfer (virement), cheque, card (carte), direct-debit (prélèvement), cash (espèces) ou other.</translation>
    </message>
    <message>
        <source>Bank reference or remittance text.</source>
        <translation>Référence bancaire ou libellé du virement.</translation>
    </message>
    <message>
        <source>ISO currency code (default: the invoice&apos;s).</source>
        <translation>Code devise ISO (par défaut : celui de la facture).</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>la facture %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 (balance %2)</source>
        <translation>%1 (reste dû %2)</translation>
    </message>
    <message>
        <source>Payment of %1 recorded on %2: %3.</source>
        <translation>Paiement de %1 enregistré le %2 : %3.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The day to report on (default: today).</source>
        <translation>Jour de référence (par défaut : aujourd’hui).</translation>
    </message>
    <message>
        <source>Print JSON (see docs/cli.md).</source>
        <translation>Sortie JSON (voir docs/cli.md).</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic demo data.</source>
        <translation>Remplir une base vide avec des données de démonstration réalistes.</translation>
    </message>
    <message>
        <source>Demo data written: %1 clients, %2 invoices.</source>
        <translation>Données de démonstration écrites : %1 clients, %2 factures.</translation>
    </message>
    <message>
        <source>a file name is required</source>
        <translation>un nom de fichier est obligatoire</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>List invoices.</source>
        <translation>Lister les factures.</translation>
    </message>
    <message>
        <source>Only invoices past their due date with a balance, most late first.</source>
        <translation>Seulement les factures échues non soldées, les plus en retard d’abord.</translation>
    </message>
    <message>
        <source>Only invoices with a balance.</source>
        <translation>Seulement les factures non soldées.</translation>
    </message>
    <message>
        <source>Only this client&apos;s invoices.</source>
        <translation>Seulement les factures de ce client.</translation>
    </message>
    <message>
        <source>Number, client name or amount to look for.</source>
        <translation>Numéro, nom de client ou montant à rechercher.</translation>
    </message>
    <message>
        <source>No invoice matches.</source>
        <translation>Aucune facture ne correspond.</translation>
    </message>
    <message>
        <source>What is owed, how late, and the overdue invoices.</source>
        <translation>Ce qui vous est dû, avec quel retard, et les factures en retard.</translation>
    </message>
    <message>
        <source>Receivables on %1</source>
        <translation>Créances au %1</translation>
    </message>
    <message>
        <source>Nothing is owed to you: no open invoice.</source>
        <translation>Rien ne vous est dû : aucune facture ouverte.</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Encours</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Overdue invoices, most late first:</source>
        <translation>Factures en retard, les plus anciennes d’abord :</translation>
    </message>
    <message>
        <source>None: nothing to chase today.</source>
        <translation>Aucune : rien à relancer aujourd’hui.</translation>
    </message>
    <message>
        <source>The day a deadline expires: the start day does not count, and a deadline ending on a Saturday, Sunday or public holiday moves to the next working day.</source>
        <translation>Le jour où expire un délai : le jour de départ ne compte pas, et un délai qui finit un samedi, un dimanche ou un jour férié est prorogé au premier jour ouvrable suivant.</translation>
    </message>
    <message>
        <source>Start day, e.g. the receipt of a letter (required).</source>
        <translation>Jour de départ, par exemple la réception d’une lettre (obligatoire).</translation>
    </message>
    <message>
        <source>Length of the deadline (required).</source>
        <translation>Durée du délai (obligatoire).</translation>
    </message>
    <message>
        <source>ouvrables, ouvres or calendaires (default).</source>
        <translation>ouvrables, ouvres ou calendaires (par défaut).</translation>
    </message>
    <message>
        <source>fr (default) or fr-alsace-moselle.</source>
        <translation>fr (par défaut) ou fr-alsace-moselle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days from 0 to 3650</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de jours entre 0 et 3650</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of ouvrables, ouvres, calendaires</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’un de : ouvrables, ouvres, calendaires</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of fr, fr-alsace-moselle</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’un de : fr, fr-alsace-moselle</translation>
    </message>
    <message>
        <source>Late-payment interest and the fixed recovery indemnity on an amount, with the breakdown by period.</source>
        <translation>Intérêts de retard et indemnité forfaitaire de recouvrement sur un montant, avec le détail par période.</translation>
    </message>
    <message>
        <source>Amount due, VAT included (required).</source>
        <translation>Montant dû, TVA comprise (obligatoire).</translation>
    </message>
    <message>
        <source>Due date (required).</source>
        <translation>Date d’échéance (obligatoire).</translation>
    </message>
    <message>
        <source>Last day counted: the payment date (default: today).</source>
        <translation>Dernier jour compté : la date du paiement (par défaut : aujourd’hui).</translation>
    </message>
    <message>
        <source>fr-b2b (default), fr-b2c or be-b2b.</source>
        <translation>fr-b2b (par défaut), fr-b2c ou be-b2b.</translation>
    </message>
    <message>
        <source>Contractual annual rate in %, e.g. 8.28.</source>
        <translation>Taux annuel contractuel en %, par exemple 8.28.</translation>
    </message>
    <message>
        <source>Date of the formal notice (required for fr-b2c).</source>
        <translation>Date de la mise en demeure (obligatoire pour fr-b2c).</translation>
    </message>
    <message>
        <source>Divide by 366 in leap years.</source>
        <translation>Diviser par 366 les années bissextiles.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of fr-b2b, fr-b2c, be-b2b</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’un de : fr-b2b, fr-b2c, be-b2b</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate such as 8.28</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un taux comme 8.28</translation>
    </message>
    <message numerus="yes">
        <source>Interest:  %1 (%n day(s))</source>
        <translation>
            <numerusform>Intérêts :  %1 (%n jour)</numerusform>
            <numerusform>Intérêts :  %1 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Indemnity: %1</source>
        <translation>Indemnité : %1</translation>
    </message>
    <message>
        <source>Total:     %1 (amount, interest and indemnity)</source>
        <translation>Total :     %1 (montant, intérêts et indemnité)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
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
        <translation>Usage : relance-cli [--db FICHIER] COMMANDE [OPTIONS]

La ligne de commande de Relance : la même base et les mêmes règles que la fenêtre Relance.

Options générales :
  --db FICHIER   Base à utiliser (par défaut : %1)
  -h, --help     Afficher cette aide ; COMMANDE --help affiche les options d’une commande
  -v, --version  Afficher la version

Commandes :
  demo           Remplir une base vide avec des données de démonstration
  client add     Ajouter un client
  invoice add    Ajouter une facture
  payment add    Enregistrer un paiement sur une ou plusieurs factures
  invoices       Lister les factures (--overdue, --client, --search, --json)
  dashboard      Totaux, ancienneté des retards et factures en retard (--json)
  deadline       Jour d’expiration d’un délai (jours ouvrables, ouvrés, calendaires)
  interest       Intérêts de retard et indemnité, avec le détail (--json)
</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>Saving the client</source>
        <translation>L’enregistrement du client</translation>
    </message>
</context>
<context>
    <name>ClientService</name>
    <message>
        <source>the client&apos;s name is required</source>
        <translation>le nom du client est obligatoire</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>le nom dépasse 200 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a SIREN (9 digits) nor a SIRET (14 digits)</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un SIREN (9 chiffres) ni un SIRET (14 chiffres)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT number (e.g. FR40123456789)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de TVA (par exemple FR40123456789)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>the country must be a two-letter code such as FR or BE</source>
        <translation>le pays doit être un code de deux lettres, comme FR ou BE</translation>
    </message>
    <message>
        <source>payment terms must be between 0 and 365 days</source>
        <translation>le délai de paiement doit être compris entre 0 et 365 jours</translation>
    </message>
    <message>
        <source>the penalty rate must be between 0 and 100 %</source>
        <translation>le taux de pénalité doit être compris entre 0 et 100&#xa0;%</translation>
    </message>
    <message>
        <source>a client named &quot;%1&quot; already exists</source>
        <translation>un client nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>this client no longer exists</source>
        <translation>ce client n’existe plus</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Relance database: %2</source>
        <translation>%1 n’est pas une base Relance : %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Relance (schema %2, this one knows %3)</source>
        <translation>%1 a été écrit par une version plus récente de Relance (schéma %2, celle-ci connaît le %3)</translation>
    </message>
    <message>
        <source>cannot start a transaction on %1</source>
        <translation>impossible de démarrer une transaction sur %1</translation>
    </message>
    <message>
        <source>Migration to schema %1</source>
        <translation>La migration vers le schéma %1</translation>
    </message>
    <message>
        <source>no transaction is active</source>
        <translation>aucune transaction n’est active</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>L’enregistrement</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (attendu AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no month %2</source>
        <translation>«&#xa0;%1&#xa0;» : il n’y a pas de mois %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: day %2 does not exist in that month</source>
        <translation>«&#xa0;%1&#xa0;» : le jour %2 n’existe pas dans ce mois</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the year is out of range</source>
        <translation>«&#xa0;%1&#xa0;» : l’année est hors limites</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>the reference date is invalid</source>
        <translation>la date de référence est invalide</translation>
    </message>
    <message>
        <source>the database already holds data; demo data goes only into an empty database</source>
        <translation>la base contient déjà des données ; la démonstration ne s’installe que dans une base vide</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>Saving the invoice</source>
        <translation>L’enregistrement de la facture</translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>the invoice number is required</source>
        <translation>le numéro de facture est obligatoire</translation>
    </message>
    <message>
        <source>the invoice number is longer than 60 characters</source>
        <translation>le numéro de facture dépasse 60 caractères</translation>
    </message>
    <message>
        <source>choose the client</source>
        <translation>choisissez le client</translation>
    </message>
    <message>
        <source>the issue date is missing or invalid</source>
        <translation>la date d’émission est absente ou invalide</translation>
    </message>
    <message>
        <source>the due date is missing or invalid</source>
        <translation>la date d’échéance est absente ou invalide</translation>
    </message>
    <message>
        <source>the due date (%1) is before the issue date (%2)</source>
        <translation>la date d’échéance (%1) précède la date d’émission (%2)</translation>
    </message>
    <message>
        <source>the service date is more than a year after the issue date</source>
        <translation>la date de prestation est plus d’un an après la date d’émission</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (e.g. EUR)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code devise (par exemple EUR)</translation>
    </message>
    <message>
        <source>the amount including VAT must be greater than zero</source>
        <translation>le montant TTC doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>the amount excluding VAT cannot be negative</source>
        <translation>le montant HT ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the amount excluding VAT is larger than the amount including VAT</source>
        <translation>le montant HT dépasse le montant TTC</translation>
    </message>
    <message>
        <source>the client does not exist</source>
        <translation>le client n’existe pas</translation>
    </message>
    <message>
        <source>invoice %1 already exists (client %2)</source>
        <translation>la facture %1 existe déjà (client %2)</translation>
    </message>
    <message>
        <source>this invoice no longer exists</source>
        <translation>cette facture n’existe plus</translation>
    </message>
    <message>
        <source>the currency cannot change once payments are recorded</source>
        <translation>la devise ne peut plus changer une fois des paiements enregistrés</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Unpaid</source>
        <translation>Impayée</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Trop-perçu</translation>
    </message>
</context>
<context>
    <name>IssuerRepository</name>
    <message>
        <source>Saving your company&apos;s details</source>
        <translation>L’enregistrement des informations de votre entreprise</translation>
    </message>
</context>
<context>
    <name>IssuerService</name>
    <message>
        <source>your company&apos;s name is required: it heads every letter</source>
        <translation>le nom de votre entreprise est obligatoire : il figure en tête de chaque lettre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SIRET (14 digits)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un SIRET (14 chiffres)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT number (e.g. FR40123456789)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de TVA (par exemple FR40123456789)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IBAN: check for a typo (its check digits do not match)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un IBAN valide : vérifiez la saisie (sa clé de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BIC (8 or 11 characters, e.g. AGRIFRPP)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un BIC (8 ou 11 caractères, par exemple AGRIFRPP)</translation>
    </message>
    <message>
        <source>the country must be a two-letter code such as FR or BE</source>
        <translation>le pays doit être un code de deux lettres, comme FR ou BE</translation>
    </message>
</context>
<context>
    <name>LateInterest</name>
    <message>
        <source>contractual rate</source>
        <translation>taux contractuel</translation>
    </message>
    <message>
        <source>the French legal interest rate for %1 is not in the rate table yet</source>
        <translation>le taux de l’intérêt légal pour %1 ne figure pas encore dans la table des taux</translation>
    </message>
    <message>
        <source>legal rate %1</source>
        <translation>taux légal %1</translation>
    </message>
    <message>
        <source>the ECB rate in force on %1 is not in the rate table yet (it is known until %2)</source>
        <translation>le taux de la BCE en vigueur le %1 ne figure pas encore dans la table des taux (elle est connue jusqu’au %2)</translation>
    </message>
    <message>
        <source>ECB %1 on %2 + 8 points, rounded up to the half point</source>
        <translation>BCE %1 au %2 + 8 points, arrondi au demi-point supérieur</translation>
    </message>
    <message>
        <source>ECB %1 on %2 + 10 points</source>
        <translation>BCE %1 au %2 + 10 points</translation>
    </message>
    <message>
        <source>the amount due must be greater than zero</source>
        <translation>le montant dû doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>the due date is missing</source>
        <translation>la date d’échéance manque</translation>
    </message>
    <message>
        <source>the end date is missing</source>
        <translation>la date de fin manque</translation>
    </message>
    <message>
        <source>a consumer owes interest only from a formal notice: give its date</source>
        <translation>un consommateur ne doit des intérêts qu’à partir d’une mise en demeure : indiquez sa date</translation>
    </message>
    <message>
        <source>the rate must be between 0 and 100 %</source>
        <translation>le taux doit être compris entre 0 et 100&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>the amount is empty</source>
        <translation>le montant est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (expected e.g. 1234.56 or 1 234,56)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant (attendu par exemple 1234.56 ou 1 234,56)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals</source>
        <translation>«&#xa0;%1&#xa0;» a plus de deux décimales</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>Saving the payment</source>
        <translation>L’enregistrement du paiement</translation>
    </message>
    <message>
        <source>Deleting the payment</source>
        <translation>La suppression du paiement</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>the payment date is missing or invalid</source>
        <translation>la date du paiement est absente ou invalide</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <translation>le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code devise</translation>
    </message>
    <message>
        <source>unknown payment method &quot;%1&quot; (one of: %2)</source>
        <translation>mode de paiement inconnu «&#xa0;%1&#xa0;» (au choix : %2)</translation>
    </message>
    <message>
        <source>say which invoice the payment settles</source>
        <translation>indiquez la facture que ce paiement règle</translation>
    </message>
    <message>
        <source>%1 is allocated to invoices but only %2 was paid</source>
        <translation>%1 est imputé aux factures, mais seulement %2 a été payé</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>la facture %1 n’existe pas</translation>
    </message>
    <message>
        <source>invoice %1 is listed twice</source>
        <translation>la facture %1 figure deux fois</translation>
    </message>
    <message>
        <source>the amount allocated to invoice %1 must be greater than zero</source>
        <translation>le montant imputé à la facture %1 doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the payment in %3</source>
        <translation>la facture %1 est en %2, le paiement en %3</translation>
    </message>
    <message>
        <source>this payment no longer exists</source>
        <translation>ce paiement n’existe plus</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>RateTable</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>une date est obligatoire</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>ce n’est pas une date</translation>
    </message>
    <message>
        <source>not a rate such as &quot;2.15&quot;</source>
        <translation>ce n’est pas un taux comme «&#xa0;2.15&#xa0;»</translation>
    </message>
    <message>
        <source>changes must be in date order</source>
        <translation>les changements doivent être dans l’ordre des dates</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>aucun taux</translation>
    </message>
    <message>
        <source>not a half-year such as &quot;2026-H1&quot;</source>
        <translation>ce n’est pas un semestre comme «&#xa0;2026-H1&#xa0;»</translation>
    </message>
    <message>
        <source>both rates are required, such as &quot;6.67&quot;</source>
        <translation>les deux taux sont obligatoires, par exemple «&#xa0;6.67&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>échéance dans %n jour</numerusform>
            <numerusform>échéance dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relance: chase unpaid invoices.</source>
        <translation>Relance : relancez vos factures impayées.</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Fichier de base de données à ouvrir.</translation>
    </message>
    <message>
        <source>Act as if today were DATE (for reviews and demos).</source>
        <translation>Faire comme si nous étions le DATE (pour les revues et démonstrations).</translation>
    </message>
</context>
<context>
    <name>relance::ui::ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>9 or 14 digits</source>
        <translation>9 ou 14 chiffres</translation>
    </message>
    <message>
        <source>e.g. FR40123456789</source>
        <translation>par ex. FR40123456789</translation>
    </message>
    <message>
        <source>Consumer (private individual): no 40 € indemnity, different rules</source>
        <translation>Particulier (consommateur) : pas d’indemnité de 40&#xa0;€, règles différentes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>empty: the legal default</source>
        <translation>vide : le taux légal par défaut</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Forme juridique :</translation>
    </message>
    <message>
        <source>&amp;SIREN / SIRET:</source>
        <translation>&amp;SIREN / SIRET :</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>N° de &amp;TVA :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>Con&amp;tact person:</source>
        <translation>&amp;Interlocuteur :</translation>
    </message>
    <message>
        <source>Payment ter&amp;ms:</source>
        <translation>&amp;Délai de paiement :</translation>
    </message>
    <message>
        <source>Contractual penalty &amp;rate (%):</source>
        <translation>Taux de pénalité &amp;contractuel (%) :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pourcentage</translation>
    </message>
    <message>
        <source>Co&amp;untry code:</source>
        <translation>Code pa&amp;ys :</translation>
    </message>
</context>
<context>
    <name>relance::ui::ClientListView</name>
    <message>
        <source>Search a name, a city or an e-mail (Ctrl+F)</source>
        <translation>Rechercher un nom, une ville ou un e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>No client yet.
Add one with Client ▸ New client (Ctrl+Shift+N).</source>
        <translation>Aucun client pour l’instant.
Ajoutez-en un avec Client ▸ Nouveau client (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <source>No client matches this search.</source>
        <translation>Aucun client ne correspond à cette recherche.</translation>
    </message>
</context>
<context>
    <name>relance::ui::ClientTableModel</name>
    <message>
        <source>Consumer</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
</context>
<context>
    <name>relance::ui::DashboardView</name>
    <message>
        <source>Outstanding</source>
        <translation>Encours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>&lt;b&gt;How late&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ancienneté des retards&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue invoices&lt;/b&gt;, most late first (double-click to open)</source>
        <translation>&lt;b&gt;Factures en retard&lt;/b&gt;, les plus anciennes d’abord (double-clic pour ouvrir)</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Factures en retard</translation>
    </message>
    <message>
        <source>No overdue invoice: nothing to chase today.</source>
        <translation>Aucune facture en retard : rien à relancer aujourd’hui.</translation>
    </message>
    <message>
        <source>Receivables on %1</source>
        <translation>Créances au %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n invoice(s)</source>
        <translation>
            <numerusform>%1 — %n facture</numerusform>
            <numerusform>%1 — %n factures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 outstanding, %2 overdue</source>
        <translation>%1 d’encours, %2 en retard</translation>
    </message>
    <message>
        <source>Other currencies: %1</source>
        <translation>Autres devises : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relance::ui::InvoiceDialog</name>
    <message>
        <source>Edit invoice</source>
        <translation>Modifier la facture</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Service completed on:</source>
        <translation>Prestation achevée le :</translation>
    </message>
    <message>
        <source>e.g. 1 200,00</source>
        <translation>par ex. 1 200,00</translation>
    </message>
    <message>
        <source>20 %</source>
        <translation>20&#xa0;%</translation>
    </message>
    <message>
        <source>10 %</source>
        <translation>10&#xa0;%</translation>
    </message>
    <message>
        <source>5.5 %</source>
        <translation>5,5&#xa0;%</translation>
    </message>
    <message>
        <source>2.1 %</source>
        <translation>2,1&#xa0;%</translation>
    </message>
    <message>
        <source>No VAT (art. 293 B CGI)</source>
        <translation>TVA non applicable (art. 293 B du CGI)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the invoice&apos;s PDF file</source>
        <translation>Choisir le PDF de la facture</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>Émise &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>Éché&amp;ance :</translation>
    </message>
    <message>
        <source>Amount &amp;excl. VAT:</source>
        <translation>Montant &amp;HT :</translation>
    </message>
    <message>
        <source>&amp;VAT rate:</source>
        <translation>Taux de &amp;TVA :</translation>
    </message>
    <message>
        <source>&amp;Amount incl. VAT:</source>
        <translation>&amp;Montant TTC :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>Invoice &amp;PDF:</source>
        <translation>&amp;PDF de la facture :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Invoice PDF</source>
        <translation>PDF de la facture</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>— choose a client —</source>
        <translation>— choisir un client —</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No payment received yet.</source>
        <translation>Aucun paiement reçu pour l’instant.</translation>
    </message>
    <message>
        <source>Paid %1 — balance %2</source>
        <translation>Payé %1 — reste dû %2</translation>
    </message>
    <message>
        <source>&amp;Record a payment…</source>
        <translation>Enregistrer un pa&amp;iement…</translation>
    </message>
    <message>
        <source>De&amp;lete payment…</source>
        <translation>&amp;Supprimer le paiement…</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>Supprimer le paiement</translation>
    </message>
    <message>
        <source>Delete the payment of %1 received on %2?

It is removed from every invoice it settles, and their balances go back up.</source>
        <translation>Supprimer le paiement de %1 reçu le %2 ?

Il est retiré de toutes les factures qu’il règle, dont le reste dû remonte d’autant.</translation>
    </message>
</context>
<context>
    <name>relance::ui::InvoiceListView</name>
    <message>
        <source>Search a number, a client or an amount (Ctrl+F)</source>
        <translation>Rechercher un numéro, un client ou un montant (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Rechercher des factures</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Toutes les factures</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Encours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Pas encore échue</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Filtre client</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice matches this search or filter.</source>
        <translation>Aucune facture ne correspond à cette recherche ou à ce filtre.</translation>
    </message>
    <message>
        <source>No invoice yet.
Add your first one with Invoice ▸ New invoice (Ctrl+N).</source>
        <translation>Aucune facture pour l’instant.
Ajoutez la première avec Facture ▸ Nouvelle facture (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>relance::ui::InvoiceTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>%1: %2, balance %3</source>
        <translation>%1 : %2, reste dû %3</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Overdue, partly paid</source>
        <translation>En retard, partiellement payée</translation>
    </message>
</context>
<context>
    <name>relance::ui::IssuerDialog</name>
    <message>
        <source>Your company</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>These details head every letter and tell your clients how to pay you.</source>
        <translation>Ces informations figurent en tête de chaque lettre et indiquent à vos clients comment vous payer.</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>e.g. FR76 3000 6000 0112 3456 7890 189</source>
        <translation>par ex. FR76 3000 6000 0112 3456 7890 189</translation>
    </message>
    <message>
        <source>e.g. Manager, Sole trader</source>
        <translation>par ex. Gérant, Entrepreneur individuel</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Forme juridique :</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET :</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>N° de &amp;TVA :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>Co&amp;untry code:</source>
        <translation>Code pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN :</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC :</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>Si&amp;gnataire :</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;capacity:</source>
        <translation>&amp;Qualité du signataire :</translation>
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
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>New &amp;invoice…</source>
        <translation>Nouvelle &amp;facture…</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>Nouveau &amp;client…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Factures</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;About Relance</source>
        <translation>À &amp;propos de Relance</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>Fa&amp;cture</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Open a Relance database</source>
        <translation>Ouvrir une base Relance</translation>
    </message>
    <message>
        <source>Relance databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases Relance (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Relance database</source>
        <translation>Nouvelle base Relance</translation>
    </message>
    <message>
        <source>Relance databases (*.sqlite)</source>
        <translation>Bases Relance (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base</translation>
    </message>
    <message>
        <source>%1

The database that was open stays open.</source>
        <translation>%1

La base déjà ouverte reste ouverte.</translation>
    </message>
    <message>
        <source>Database: %1 — today: %2</source>
        <translation>Base : %1 — aujourd’hui : %2</translation>
    </message>
    <message>
        <source>About Relance</source>
        <translation>À propos de Relance</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relance %1&lt;/h3&gt;&lt;p&gt;Chase unpaid invoices: see what is overdue every morning, and act on it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Relance %1&lt;/h3&gt;&lt;p&gt;Relancez vos factures impayées : voyez chaque matin ce qui est en retard, et agissez.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your &amp;company…</source>
        <translation>Votre &amp;entreprise…</translation>
    </message>
</context>
<context>
    <name>relance::ui::PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>— choose a client —</source>
        <translation>— choisir un client —</translation>
    </message>
    <message>
        <source>e.g. 1 200,00</source>
        <translation>par ex. 1 200,00</translation>
    </message>
    <message>
        <source>bank reference or remittance text</source>
        <translation>référence bancaire ou libellé du virement</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Reçu &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Amount received:</source>
        <translation>&amp;Montant reçu :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mode de &amp;paiement :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Settles these invoices (oldest first; change a share if needed):</source>
        <translation>&amp;Règle ces factures (les plus anciennes d’abord ; modifiez une part si besoin) :</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Share of this payment</source>
        <translation>Part de ce paiement</translation>
    </message>
    <message>
        <source>choose the client who paid</source>
        <translation>choisissez le client qui a payé</translation>
    </message>
    <message>
        <source>invoice %1: %2</source>
        <translation>facture %1 : %2</translation>
    </message>
    <message>
        <source>Choose the client who paid to see the invoices they owe.</source>
        <translation>Choisissez le client qui a payé pour voir les factures qu’il doit.</translation>
    </message>
    <message>
        <source>This client owes nothing: every invoice is paid.</source>
        <translation>Ce client ne doit rien : toutes ses factures sont payées.</translation>
    </message>
</context>
</TS>
