<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionRepository</name>
    <message>
        <source>Recording the action</source>
        <translation>Enregistrement de l’action</translation>
    </message>
    <message>
        <source>Recording the receipt</source>
        <translation>Enregistrement de la réception</translation>
    </message>
</context>
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
    <name>AgreementRepository</name>
    <message>
        <source>Recording the agreement</source>
        <translation>Enregistrement de l’accord</translation>
    </message>
    <message>
        <source>Recording the payment plan</source>
        <translation>Enregistrement de l’échéancier</translation>
    </message>
    <message>
        <source>Changing the plan&apos;s status</source>
        <translation>Changement de l’état de l’échéancier</translation>
    </message>
    <message>
        <source>Recording the settlement</source>
        <translation>Enregistrement de l’accord</translation>
    </message>
    <message>
        <source>Changing the settlement&apos;s status</source>
        <translation>Changement de l’état de l’accord</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>choose at least one invoice</source>
        <translation>choisissez au moins une facture</translation>
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
        <source>invoice %1 is another client&apos;s: an agreement covers the invoices of one client</source>
        <translation>la facture %1 est celle d’un autre client&#xa0;: un accord porte sur les factures d’un seul client</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the others in %3</source>
        <translation>la facture %1 est en %2, les autres en %3</translation>
    </message>
    <message>
        <source>invoice %1 is paid: nothing to spread</source>
        <translation>la facture %1 est payée&#xa0;: rien à étaler</translation>
    </message>
    <message>
        <source>invoice %1 is disputed: resolve the dispute before agreeing a plan</source>
        <translation>la facture %1 est contestée&#xa0;: réglez le litige avant de convenir d’un échéancier</translation>
    </message>
    <message>
        <source>invoice %1 is already in an active payment plan (plan %2)</source>
        <translation>la facture %1 fait déjà partie d’un échéancier en cours (échéancier %2)</translation>
    </message>
    <message>
        <source>the date is missing or invalid</source>
        <translation>la date est absente ou invalide</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 est dans le futur</translation>
    </message>
    <message>
        <source>the date of the agreement is missing or invalid</source>
        <translation>la date de l’accord est absente ou invalide</translation>
    </message>
    <message>
        <source>invoice %1: %2</source>
        <translation>facture %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>type at least one instalment</source>
        <translation>saisissez au moins une échéance</translation>
    </message>
    <message>
        <source>instalment %1: the date is missing or invalid</source>
        <translation>échéance %1&#xa0;: la date est absente ou invalide</translation>
    </message>
    <message>
        <source>instalment %1 (%2) comes before the agreement or the instalment before it</source>
        <translation>l’échéance %1 (%2) précède l’accord ou l’échéance d’avant</translation>
    </message>
    <message>
        <source>instalment %1: the amount must be above zero</source>
        <translation>échéance %1&#xa0;: le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>the deposit must be less than the %1 the plan covers</source>
        <translation>l’acompte doit être inférieur aux %1 couverts par l’échéancier</translation>
    </message>
    <message>
        <source>the first instalment&apos;s date is missing or before the agreement</source>
        <translation>la date de la première échéance est absente ou antérieure à l’accord</translation>
    </message>
    <message>
        <source>the deposit is paid between the agreement and the first instalment</source>
        <translation>l’acompte se paie entre l’accord et la première échéance</translation>
    </message>
    <message>
        <source>the instalments add up to %1, but the plan covers %2</source>
        <translation>les échéances totalisent %1, mais l’échéancier couvre %2</translation>
    </message>
    <message>
        <source>payment plan %1 does not exist</source>
        <translation>l’échéancier %1 n’existe pas</translation>
    </message>
    <message>
        <source>payment plan %1 is not active</source>
        <translation>l’échéancier %1 n’est pas en cours</translation>
    </message>
    <message>
        <source>a plan cannot be broken before it was agreed (%1)</source>
        <translation>un échéancier ne peut être rompu avant d’avoir été convenu (%1)</translation>
    </message>
    <message>
        <source>the plan has no instalment %1</source>
        <translation>l’échéancier n’a pas d’échéance %1</translation>
    </message>
    <message>
        <source>Reminder of instalment %1 of %2</source>
        <translation>Relance de l’échéance %1 sur %2</translation>
    </message>
    <message>
        <source>the new due date comes before the agreement</source>
        <translation>la nouvelle échéance précède l’accord</translation>
    </message>
    <message>
        <source>a discount is between 0 and 100 %</source>
        <translation>une remise est comprise entre 0 et 100&#xa0;%</translation>
    </message>
    <message>
        <source>say until when the discount for prompt payment applies</source>
        <translation>indiquez jusqu’à quand l’escompte pour paiement rapide s’applique</translation>
    </message>
    <message>
        <source>a new settlement is proposed or confirmed</source>
        <translation>un nouvel accord est proposé ou confirmé</translation>
    </message>
    <message>
        <source>settlement %1 does not exist</source>
        <translation>l’accord %1 n’existe pas</translation>
    </message>
    <message>
        <source>settlement %1 is already %2</source>
        <translation>l’accord %1 est déjà %2</translation>
    </message>
    <message>
        <source>the date comes before the agreement</source>
        <translation>la date précède l’accord</translation>
    </message>
    <message>
        <source>As agreed on %1%2 (%3):</source>
        <translation>Comme convenu le %1%2 (%3)&#xa0;:</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> avec %1</translation>
    </message>
    <message>
        <source>- the balance is paid by %1 at the latest;</source>
        <translation>- le solde est réglé au plus tard le %1&#x202f;;</translation>
    </message>
    <message numerus="yes">
        <source>- %1 is paid in %n instalment(s):</source>
        <translation>
            <numerusform>- %1 est réglé en %n échéance&#xa0;:</numerusform>
            <numerusform>- %1 est réglé en %n échéances&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>- the late-payment interest and the fixed recovery indemnity are waived;</source>
        <translation>- il est renoncé aux pénalités de retard et à l’indemnité forfaitaire pour frais de recouvrement&#x202f;;</translation>
    </message>
    <message>
        <source>- the late-payment interest is waived;</source>
        <translation>- il est renoncé aux pénalités de retard&#x202f;;</translation>
    </message>
    <message>
        <source>- the fixed recovery indemnity is waived;</source>
        <translation>- il est renoncé à l’indemnité forfaitaire pour frais de recouvrement&#x202f;;</translation>
    </message>
    <message>
        <source>- should this agreement not be kept, they will be claimed again in full;</source>
        <translation>- si cet accord n’est pas respecté, elles seront de nouveau réclamées en totalité&#x202f;;</translation>
    </message>
    <message>
        <source>- a discount of %1 applies if everything is paid by %2;</source>
        <translation>- un escompte de %1 s’applique si tout est réglé au plus tard le %2&#x202f;;</translation>
    </message>
    <message>
        <source>no invoice is named</source>
        <translation>aucune facture n’est indiquée</translation>
    </message>
    <message>
        <source>invoice %1 was issued on %2, after the signature</source>
        <translation>la facture %1 a été émise le %2, après la signature</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>Dates de mon choix</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>overdue, partly paid</source>
        <translation>en retard, payée en partie</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>payée en partie</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>respecté</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>soldé</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>rompu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>confirmed in writing</source>
        <translation>confirmé par écrit</translation>
    </message>
    <message>
        <source>honoured</source>
        <translation>respecté</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>resolved: paid</source>
        <translation>réglé&#xa0;: payée</translation>
    </message>
    <message>
        <source>resolved: credit note</source>
        <translation>réglé&#xa0;: avoir</translation>
    </message>
    <message>
        <source>resolved: invoice upheld, chasing resumes</source>
        <translation>réglé&#xa0;: facture maintenue, la relance reprend</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Copying the database</source>
        <translation>Copie de la base de données</translation>
    </message>
    <message>
        <source>the backup cannot be written</source>
        <translation>la sauvegarde ne peut pas être écrite</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Écriture de la sauvegarde</translation>
    </message>
    <message>
        <source>this archived file cannot be read: %1</source>
        <translation>ce fichier archivé est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the backup cannot be written here</source>
        <translation>la sauvegarde ne peut pas être écrite ici</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>this is not a Relance backup</source>
        <translation>ce n’est pas une sauvegarde de Relance</translation>
    </message>
    <message>
        <source>this backup was made by a newer version of Relance</source>
        <translation>cette sauvegarde vient d’une version plus récente de Relance</translation>
    </message>
    <message>
        <source>this backup is damaged</source>
        <translation>cette sauvegarde est endommagée</translation>
    </message>
    <message>
        <source>this backup is damaged (%1)</source>
        <translation>cette sauvegarde est endommagée (%1)</translation>
    </message>
    <message>
        <source>a restored file cannot be written: %1</source>
        <translation>un fichier restauré ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restauration de la sauvegarde</translation>
    </message>
    <message>
        <source>this is a folder: name the backup file</source>
        <translation>c’est un dossier&#xa0;: nommez le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>the backup cannot be written (is the disk full?)</source>
        <translation>la sauvegarde ne peut pas être écrite (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>the backup cannot be read: %1</source>
        <translation>la sauvegarde est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the backup cannot be copied next to the database: %1</source>
        <translation>la sauvegarde ne peut pas être copiée à côté de la base&#xa0;: %1</translation>
    </message>
    <message>
        <source>this backup is damaged: its content does not match its checksum</source>
        <translation>cette sauvegarde est endommagée&#xa0;: son contenu ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>a restored file cannot be written</source>
        <translation>un fichier restauré ne peut pas être écrit</translation>
    </message>
    <message>
        <source>the restored database cannot be written (is the disk full?)</source>
        <translation>la base restaurée ne peut pas être écrite (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <source>the current book cannot be read</source>
        <translation>la base actuelle est illisible</translation>
    </message>
</context>
<context>
    <name>BankCsv</name>
    <message>
        <source>the movement has no amount</source>
        <translation>l’opération n’a pas de montant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de devise</translation>
    </message>
    <message>
        <source>this file is not a bank statement Relance reads (CAMT.053/054, OFX, MT940, or a CSV with a date column and an amount, debit or credit column)</source>
        <translation>ce fichier n’est pas un relevé bancaire que Relance sait lire (CAMT.053/054, OFX, MT940, ou un CSV avec une colonne de date et une colonne de montant, de débit ou de crédit)</translation>
    </message>
</context>
<context>
    <name>BankService</name>
    <message>
        <source>a credit of %1 has no date or no currency</source>
        <translation>un crédit de %1 n’a pas de date ou pas de devise</translation>
    </message>
    <message>
        <source>Recording the bank statement</source>
        <translation>Enregistrement du relevé bancaire</translation>
    </message>
    <message>
        <source>the invoice number and its balance</source>
        <translation>le numéro de facture et son solde</translation>
    </message>
    <message>
        <source>the invoice number, paid in part</source>
        <translation>le numéro de facture, payée en partie</translation>
    </message>
    <message>
        <source>the invoice number; more was paid than is owed</source>
        <translation>le numéro de facture&#x202f;; plus que le dû a été payé</translation>
    </message>
    <message>
        <source>the client and the exact balance</source>
        <translation>le client et le solde exact</translation>
    </message>
    <message>
        <source>the exact balance of one invoice</source>
        <translation>le solde exact d’une facture</translation>
    </message>
    <message>
        <source>the sum of the client&apos;s open invoices</source>
        <translation>la somme des factures ouvertes du client</translation>
    </message>
    <message>
        <source>bank credit %1 is not waiting to be matched</source>
        <translation>le crédit bancaire %1 n’attend pas d’être rapproché</translation>
    </message>
    <message>
        <source>Matching the bank credit</source>
        <translation>Rapprochement du crédit bancaire</translation>
    </message>
    <message>
        <source>instalment %1 of %2 of the payment plan</source>
        <translation>échéance %1 sur %2 de l’échéancier</translation>
    </message>
    <message>
        <source>instalments %1 to %2 of %3 of the payment plan</source>
        <translation>échéances %1 à %2 sur %3 de l’échéancier</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>la facture %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is more than the %2 invoice %3 still owes</source>
        <translation>%1 dépasse les %2 que la facture %3 doit encore</translation>
    </message>
    <message>
        <source>Setting the bank credit aside</source>
        <translation>Mise de côté du crédit bancaire</translation>
    </message>
    <message>
        <source>bank credit %1 is not %2</source>
        <translation>le crédit bancaire %1 n’est pas %2</translation>
    </message>
    <message>
        <source>waiting to be matched</source>
        <translation>en attente de rapprochement</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>mis de côté</translation>
    </message>
    <message>
        <source>the credit of %1 is older than invoice %2, issued on %3</source>
        <translation>le crédit du %1 est antérieur à la facture %2, émise le %3</translation>
    </message>
    <message>
        <source>%1 never paid into account %2 before</source>
        <translation>%1 n’a jamais payé sur le compte %2 jusqu’ici</translation>
    </message>
    <message>
        <source>the payment reference and the balance</source>
        <translation>la référence de paiement et le solde</translation>
    </message>
    <message>
        <source>the payment reference and the balances it covers</source>
        <translation>la référence de paiement et les soldes qu’elle couvre</translation>
    </message>
    <message>
        <source>the payment reference, paid in part</source>
        <translation>la référence de paiement, réglée en partie</translation>
    </message>
    <message>
        <source>the payment reference; more was paid than is owed</source>
        <translation>la référence de paiement&#x202f;; plus que le dû a été versé</translation>
    </message>
</context>
<context>
    <name>BankStatement</name>
    <message>
        <source>this XML is not an ISO 20022 bank statement (its root is &lt;%1&gt;)</source>
        <translation>ce XML n’est pas un relevé bancaire ISO 20022 (sa racine est &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant</translation>
    </message>
    <message>
        <source>an entry has no amount or no credit/debit indicator</source>
        <translation>une écriture n’a pas de montant ou pas de sens crédit/débit</translation>
    </message>
    <message>
        <source>the file holds no statement (no Stmt or Ntfctn element)</source>
        <translation>le fichier ne contient aucun relevé (pas d’élément Stmt ni Ntfctn)</translation>
    </message>
    <message>
        <source>this is not an OFX file (no &lt;OFX&gt; element)</source>
        <translation>ce n’est pas un fichier OFX (pas d’élément &lt;OFX&gt;)</translation>
    </message>
    <message>
        <source>the OFX file holds no bank or card statement</source>
        <translation>le fichier OFX ne contient aucun relevé de compte ou de carte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a balance (C or D, date, currency, amount)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un solde (C ou D, date, devise, montant)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a statement line (date, C or D, amount...)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une ligne de relevé (date, C ou D, montant…)</translation>
    </message>
    <message>
        <source>this is not an MT940 statement (no :20:, :60F: or :61: field)</source>
        <translation>ce n’est pas un relevé MT940 (pas de champ&#xa0;:20:,&#xa0;:60F: ni&#xa0;:61:)</translation>
    </message>
    <message>
        <source>this file is not a bank statement Relance reads (CAMT.053/054, OFX, MT940 or CSV)</source>
        <translation>ce fichier n’est pas un relevé bancaire que Relance sait lire (CAMT.053/054, OFX, MT940 ou CSV)</translation>
    </message>
</context>
<context>
    <name>BookLock</name>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>impossible de verrouiller %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is open in another Relance window or command: close it first</source>
        <translation>%1 est ouverte dans une autre fenêtre ou commande Relance&#xa0;: fermez-la d’abord</translation>
    </message>
</context>
<context>
    <name>BookSweep</name>
    <message numerus="yes">
        <source>%n file(s) recorded before an interruption put in place (%1)</source>
        <translation>
            <numerusform>%n fichier enregistré avant une interruption remis en place (%1)</numerusform>
            <numerusform>%n fichiers enregistrés avant une interruption remis en place (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished file(s) that nothing records removed (%1)</source>
        <translation>
            <numerusform>%n fichier inachevé que rien n’enregistre supprimé (%1)</numerusform>
            <numerusform>%n fichiers inachevés que rien n’enregistre supprimés (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>calendar days</source>
        <translation>jours calendaires</translation>
    </message>
    <message>
        <source>working days (Mon-Sat)</source>
        <translation>jours ouvrables (lun.-sam.)</translation>
    </message>
    <message>
        <source>business days (Mon-Fri)</source>
        <translation>jours ouvrés (lun.-ven.)</translation>
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
        <translation>Date d’échéance (par défaut&#xa0;: date d’émission + délai du client).</translation>
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
        <translation>Montant HT (par défaut&#xa0;: égal à --amount, sans TVA).</translation>
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
        <translation>Facture %1 ajoutée&#xa0;: %2, échéance le %3.</translation>
    </message>
    <message>
        <source>Record a payment. Repeat --invoice to spread one payment over several invoices: NUMBER=AMOUNT gives each its share, otherwise they are settled in the order given.</source>
        <translation>Enregistrer un paiement. Répétez --invoice pour répartir un paiement sur plusieurs factures&#xa0;: NUMÉRO=MONTANT fixe la part de chacune, sinon elles sont soldées dans l’ordre donné.</translation>
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
        <translation>Code devise ISO (par défaut&#xa0;: celui de la facture).</translation>
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
        <translation>Paiement de %1 enregistré le %2&#xa0;: %3.</translation>
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
        <translation>Jour de référence (par défaut&#xa0;: aujourd’hui).</translation>
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
        <translation>Données de démonstration écrites&#xa0;: %1 clients, %2 factures.</translation>
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
        <translation>Rien ne vous est dû&#xa0;: aucune facture ouverte.</translation>
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
        <translation>Factures en retard, les plus anciennes d’abord&#xa0;:</translation>
    </message>
    <message>
        <source>None: nothing to chase today.</source>
        <translation>Aucune&#xa0;: rien à relancer aujourd’hui.</translation>
    </message>
    <message>
        <source>The day a deadline expires: the start day does not count, and a deadline ending on a Saturday, Sunday or public holiday moves to the next working day.</source>
        <translation>Le jour où expire un délai&#xa0;: le jour de départ ne compte pas, et un délai qui finit un samedi, un dimanche ou un jour férié est prorogé au premier jour ouvrable suivant.</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas l’un de&#xa0;: ouvrables, ouvres, calendaires</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of fr, fr-alsace-moselle</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’un de&#xa0;: fr, fr-alsace-moselle</translation>
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
        <translation>Dernier jour compté&#xa0;: la date du paiement (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>Contractual annual rate in %, e.g. 8.28.</source>
        <translation>Taux annuel contractuel en %, par exemple 8.28.</translation>
    </message>
    <message>
        <source>Divide by 366 in leap years.</source>
        <translation>Diviser par 366 les années bissextiles.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate such as 8.28</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un taux comme 8.28</translation>
    </message>
    <message numerus="yes">
        <source>Interest:  %1 (%n day(s))</source>
        <translation>
            <numerusform>Intérêts&#xa0;:  %1 (%n jour)</numerusform>
            <numerusform>Intérêts&#xa0;:  %1 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Indemnity: %1</source>
        <translation>Indemnité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total:     %1 (amount, interest and indemnity)</source>
        <translation>Total&#xa0;:     %1 (montant, intérêts et indemnité)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>fr-b2b (default), fr-b2c, be-b2b or be-b2c.</source>
        <translation>fr-b2b (par défaut), fr-b2c, be-b2b ou be-b2c.</translation>
    </message>
    <message>
        <source>Date of the formal notice (required for consumers; for be-b2c the first reminder).</source>
        <translation>Date de la mise en demeure (obligatoire pour un particulier&#xa0;; pour be-b2c, le premier rappel).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’un de&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate such as 2.15</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un taux comme 2.15</translation>
    </message>
    <message>
        <source>What to do today: every unpaid invoice&apos;s next step on its escalation ladder, grouped by channel.</source>
        <translation>Ce qu’il faut faire aujourd’hui&#xa0;: la prochaine étape de chaque facture impayée sur son échelle de relance, par canal.</translation>
    </message>
    <message>
        <source>Also list the steps of the next N days.</source>
        <translation>Lister aussi les étapes des N prochains jours.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days from 0 to 366</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de jours entre 0 et 366</translation>
    </message>
    <message numerus="yes">
        <source>Agenda for %1: %n step(s) to do</source>
        <translation>
            <numerusform>Agenda du %1&#xa0;: %n étape à faire</numerusform>
            <numerusform>Agenda du %1&#xa0;: %n étapes à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n invoice(s) paused</source>
        <translation>
            <numerusform>, %n facture en pause</numerusform>
            <numerusform>, %n factures en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n at the end of their ladder</source>
        <translation>
            <numerusform>, %n au bout de son échelle</numerusform>
            <numerusform>, %n au bout de leur échelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chase today.</source>
        <translation>Rien à relancer aujourd’hui.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Record a step done on an invoice (an e-mail sent, a call made, a letter posted): the invoice moves to its next step.</source>
        <translation>Enregistrer une étape faite sur une facture (e-mail envoyé, appel passé, lettre postée)&#xa0;: la facture passe à l’étape suivante.</translation>
    </message>
    <message>
        <source>Invoice number (required).</source>
        <translation>Numéro de facture (obligatoire).</translation>
    </message>
    <message>
        <source>How: %1 (required).</source>
        <translation>Comment&#xa0;: %1 (obligatoire).</translation>
    </message>
    <message>
        <source>When it was done (default: today).</source>
        <translation>Quand (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>What happened, in your words.</source>
        <translation>Ce qui s’est passé, avec vos mots.</translation>
    </message>
    <message>
        <source>done (default), no_answer (try again the next working day), promised, or disputed (pauses the invoice).</source>
        <translation>done (par défaut), no_answer (réessayer le jour ouvré suivant), promised (promesse de paiement) ou disputed (met la facture en pause).</translation>
    </message>
    <message>
        <source>Registered letter: its tracking number.</source>
        <translation>Lettre recommandée&#xa0;: son numéro de suivi.</translation>
    </message>
    <message>
        <source>Registered letter: the day it was received.</source>
        <translation>Lettre recommandée&#xa0;: le jour de sa réception.</translation>
    </message>
    <message>
        <source>A note outside the ladder: the invoice stays at its step.</source>
        <translation>Une note hors échelle&#xa0;: la facture reste à son étape.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of done, no_answer, promised, disputed</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’un de&#xa0;: done, no_answer, promised, disputed</translation>
    </message>
    <message>
        <source>Recorded action %1 on invoice %2.</source>
        <translation>Action %1 enregistrée sur la facture %2.</translation>
    </message>
    <message>
        <source>Next step: %1, on %2.</source>
        <translation>Étape suivante&#xa0;: %1, le %2.</translation>
    </message>
    <message>
        <source>Chasing is paused: %1.</source>
        <translation>Relance en pause&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Record the receipt of a registered letter: the steps after it count from that day.</source>
        <translation>Enregistrer la réception d’une lettre recommandée&#xa0;: les étapes suivantes comptent à partir de ce jour.</translation>
    </message>
    <message>
        <source>The action number printed by &quot;action add&quot; (required).</source>
        <translation>Le numéro d’action affiché par «&#xa0;action add&#xa0;» (obligatoire).</translation>
    </message>
    <message>
        <source>Day of receipt or first presentation (required).</source>
        <translation>Jour de réception ou de première présentation (obligatoire).</translation>
    </message>
    <message>
        <source>Tracking number, if not given before.</source>
        <translation>Numéro de suivi, s’il n’a pas été donné avant.</translation>
    </message>
    <message>
        <source>an action number is required</source>
        <translation>un numéro d’action est requis</translation>
    </message>
    <message>
        <source>Receipt recorded.</source>
        <translation>Réception enregistrée.</translation>
    </message>
    <message>
        <source>What an invoice owes on a day: balance, late interest and indemnity with the breakdown, recovery risk, limitation, and its next step.</source>
        <translation>Ce qu’une facture doit à une date&#xa0;: reste dû, intérêts de retard et indemnité avec le détail, risque de non-recouvrement, prescription et prochaine étape.</translation>
    </message>
    <message>
        <source>Invoice %1, %2: balance %3 on %4 (%5)</source>
        <translation>Facture %1, %2&#xa0;: reste dû %3 au %4 (%5)</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Limitation: claims must be brought by %1 (%2).</source>
        <translation>Prescription&#xa0;: agir en justice avant le %1 (%2).</translation>
    </message>
    <message>
        <source>Chase a paused invoice again, from where it stood.</source>
        <translation>Reprendre la relance d’une facture en pause, là où elle en était.</translation>
    </message>
    <message>
        <source>Invoice %1: %2.</source>
        <translation>Facture %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The rate table: ECB rate on 1 January / 1 July, French legal rates and Belgian B2B rate per half-year, with the ones you added.</source>
        <translation>La table des taux&#xa0;: taux BCE au 1er janvier / 1er juillet, taux d’intérêt légaux français et taux belge B2B par semestre, avec ceux que vous avez ajoutés.</translation>
    </message>
    <message>
        <source>Half     ECB    Legal (person)  Legal (other)  Belgium B2B  Source</source>
        <translation>Semestre BCE    Légal (part.)   Légal (autres)  Belgique B2B Source</translation>
    </message>
    <message>
        <source>shipped with Relance</source>
        <translation>fourni avec Relance</translation>
    </message>
    <message>
        <source>Add the rates of a new half-year once they are published.</source>
        <translation>Ajouter les taux d’un nouveau semestre une fois publiés.</translation>
    </message>
    <message>
        <source>The half-year, e.g. 2026-H2 (required).</source>
        <translation>Le semestre, par exemple 2026-H2 (obligatoire).</translation>
    </message>
    <message>
        <source>ECB main refinancing rate in force on its first day, e.g. 2.15.</source>
        <translation>Taux de refinancement de la BCE en vigueur le premier jour, par exemple 2.15.</translation>
    </message>
    <message>
        <source>French legal rate, creditor a private person.</source>
        <translation>Taux légal français, créancier personne physique non professionnelle.</translation>
    </message>
    <message>
        <source>French legal rate, other cases.</source>
        <translation>Taux légal français, autres cas.</translation>
    </message>
    <message>
        <source>Belgian late-payment rate for businesses.</source>
        <translation>Taux belge de retard de paiement entre entreprises.</translation>
    </message>
    <message>
        <source>Where the values come from (required).</source>
        <translation>D’où viennent les valeurs (obligatoire).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a half-year such as 2026-H2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un semestre comme 2026-H2</translation>
    </message>
    <message>
        <source>Added the rates of %1.</source>
        <translation>Taux de %1 ajoutés.</translation>
    </message>
    <message>
        <source>Use the last known rates for the next half-year while its rates are not published (you accept the approximation).</source>
        <translation>Utiliser les derniers taux connus pour le semestre suivant tant que ses taux ne sont pas publiés (vous acceptez l’approximation).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Folder of the letters&apos; archive (default: beside the database).</source>
        <translation>Dossier des lettres archivées (par défaut&#xa0;: à côté de la base).</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter; kinds are %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de lettre&#x202f;; les types sont %2</translation>
    </message>
    <message>
        <source>Writes a letter about one or several invoices of one client as a PDF, archives it with its SHA-256 and records it on each invoice&apos;s history (--draft: only the PDF).</source>
        <translation>Écrit une lettre sur une ou plusieurs factures d’un client en PDF, l’archive avec son SHA-256 et l’inscrit dans l’historique de chaque facture (--draft&#xa0;: le PDF seulement).</translation>
    </message>
    <message>
        <source>Invoice number (repeat for several).</source>
        <translation>Numéro de facture (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>courtesy, reminder1, reminder2, final, formal-notice, agreement, schedule or handover.</source>
        <translation>courtesy, reminder1, reminder2, final, formal-notice, agreement, schedule ou handover.</translation>
    </message>
    <message>
        <source>Language of the letter: fr or en.</source>
        <translation>Langue de la lettre&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>Fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Registered letter&apos;s number, printed on it.</source>
        <translation>Numéro du recommandé, imprimé sur la lettre.</translation>
    </message>
    <message>
        <source>The terms agreed (agreement letters).</source>
        <translation>Les termes convenus (lettres d’accord).</translation>
    </message>
    <message>
        <source>An instalment DATE=AMOUNT (schedule letters; repeat).</source>
        <translation>Une échéance DATE=MONTANT (échéanciers&#x202f;; à répéter).</translation>
    </message>
    <message>
        <source>Write the PDF only: no archive, no history.</source>
        <translation>Écrire le PDF seulement&#xa0;: ni archive, ni historique.</translation>
    </message>
    <message>
        <source>Also print the e-mail and text message for this step, and a mailto: link.</source>
        <translation>Afficher aussi l’e-mail et le SMS de cette étape, et un lien mailto:.</translation>
    </message>
    <message>
        <source>say where to write the PDF</source>
        <translation>indiquez où écrire le PDF</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not DATE=AMOUNT, e.g. 2026-12-15=250.00</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme DATE=MONTANT, par exemple 2026-12-15=250,00</translation>
    </message>
    <message>
        <source>archived as letter %1: %2 (SHA-256 %3)</source>
        <translation>archivée comme lettre %1&#xa0;: %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 claimed</source>
        <translation>%1 écrit&#xa0;: %2, %3 réclamés</translation>
    </message>
    <message>
        <source>, to pay by %1</source>
        <translation>, à payer au plus tard le %1</translation>
    </message>
    <message>
        <source>E-mail subject: %1</source>
        <translation>Objet de l’e-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Text message: %1</source>
        <translation>SMS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writes every letter due on a day (one per client and kind), each archived and recorded, into a folder, with one combined PDF to print.</source>
        <translation>Écrit toutes les lettres dues un jour donné (une par client et par type), chacune archivée et inscrite, dans un dossier, avec un PDF réunissant tout pour l’impression.</translation>
    </message>
    <message>
        <source>The letters the agenda says are due.</source>
        <translation>Les lettres que l’agenda dit dues.</translation>
    </message>
    <message>
        <source>Folder to write the PDFs into.</source>
        <translation>Dossier où écrire les PDF.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Combined, to print: %1</source>
        <translation>Tout en un, à imprimer&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written</source>
        <translation>
            <numerusform>%n lettre écrite</numerusform>
            <numerusform>%n lettres écrites</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive of the letters produced, newest first.</source>
        <translation>L’archive des lettres produites, les plus récentes d’abord.</translation>
    </message>
    <message>
        <source>Only this invoice&apos;s letters.</source>
        <translation>Seulement les lettres de cette facture.</translation>
    </message>
    <message>
        <source>No letter yet.</source>
        <translation>Aucune lettre pour l’instant.</translation>
    </message>
    <message>
        <source>A registered letter&apos;s fate: its number, its receipt (or first presentation when not collected) and the scan of the receipt card. The deadline it gave is recomputed from that date.</source>
        <translation>Le sort d’un recommandé&#xa0;: son numéro, sa réception (ou sa première présentation s’il n’a pas été retiré) et le scan de l’avis de réception. Le délai qu’il donnait est recalculé à partir de cette date.</translation>
    </message>
    <message>
        <source>The letter&apos;s number in the archive.</source>
        <translation>Le numéro de la lettre dans l’archive.</translation>
    </message>
    <message>
        <source>Registered letter&apos;s number.</source>
        <translation>Numéro du recommandé.</translation>
    </message>
    <message>
        <source>Day of receipt or first presentation.</source>
        <translation>Jour de réception ou de première présentation.</translation>
    </message>
    <message>
        <source>The letter was never collected.</source>
        <translation>La lettre n’a jamais été retirée.</translation>
    </message>
    <message>
        <source>Scan of the receipt card to keep.</source>
        <translation>Scan de l’avis de réception à conserver.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a letter number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de lettre</translation>
    </message>
    <message>
        <source>letter %1 does not exist</source>
        <translation>la lettre %1 n’existe pas</translation>
    </message>
    <message>
        <source>Letter %1: %2, receipt %3</source>
        <translation>Lettre %1&#xa0;: %2, réception %3</translation>
    </message>
    <message>
        <source>Shows a letter&apos;s template, or replaces it with a file&apos;s text (checked first: an unknown placeholder is refused with its line).</source>
        <translation>Affiche le modèle d’une lettre, ou le remplace par le texte d’un fichier (vérifié d’abord&#xa0;: un champ inconnu est refusé avec sa ligne).</translation>
    </message>
    <message>
        <source>Kind of letter.</source>
        <translation>Type de lettre.</translation>
    </message>
    <message>
        <source>Language: fr or en.</source>
        <translation>Langue&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>Only for one jurisdiction (fr-b2b, fr-b2c, be-b2b, be-b2c).</source>
        <translation>Pour un seul droit applicable (fr-b2b, fr-b2c, be-b2b, be-b2c).</translation>
    </message>
    <message>
        <source>Use this file&apos;s text as the template.</source>
        <translation>Prendre le texte de ce fichier comme modèle.</translation>
    </message>
    <message>
        <source>Go back to the shipped template.</source>
        <translation>Revenir au modèle fourni.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Modèle enregistré.</translation>
    </message>
    <message>
        <source>Template restored.</source>
        <translation>Modèle rétabli.</translation>
    </message>
    <message>
        <source>Payment plan %1 — %2 — %3, agreed on %4: %5</source>
        <translation>Échéancier %1 — %2 — %3, convenu le %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>  Total %1 (balance %2, interest %3%4, indemnity %5%6); paid since: %7</source>
        <translation>  Total %1 (solde %2, intérêts %3%4, indemnité %5%6)&#x202f;; payé depuis&#xa0;: %7</translation>
    </message>
    <message>
        <source> waived</source>
        <translation> abandonnés</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>payé %1</translation>
    </message>
    <message>
        <source> (deposit)</source>
        <translation> (acompte)</translation>
    </message>
    <message>
        <source>Agree a payment plan: the balance of one or several invoices of a client (plus the interest and indemnity owed that day, unless waived) spread over instalments. Chasing follows the plan instead.</source>
        <translation>Convenir d’un échéancier&#xa0;: le solde d’une ou plusieurs factures d’un client (plus les intérêts et l’indemnité dus ce jour-là, sauf abandon) étalé en échéances. La relance suit alors l’échéancier.</translation>
    </message>
    <message>
        <source>Invoice number (repeat for several invoices of the same client).</source>
        <translation>Numéro de facture (à répéter pour plusieurs factures du même client).</translation>
    </message>
    <message>
        <source>How many instalments (after the deposit).</source>
        <translation>Nombre d’échéances (après l’acompte).</translation>
    </message>
    <message>
        <source>Date of the first instalment.</source>
        <translation>Date de la première échéance.</translation>
    </message>
    <message>
        <source>month (default) or week.</source>
        <translation>month (par défaut, chaque mois) ou week (chaque semaine).</translation>
    </message>
    <message>
        <source>An instalment typed by hand, DATE=AMOUNT (repeat; replaces --instalments).</source>
        <translation>Une échéance saisie à la main, DATE=MONTANT (à répéter&#x202f;; remplace --instalments).</translation>
    </message>
    <message>
        <source>A deposit paid first.</source>
        <translation>Un acompte payé d’abord.</translation>
    </message>
    <message>
        <source>When the deposit is paid (default: the agreement&apos;s date).</source>
        <translation>Date de paiement de l’acompte (par défaut&#xa0;: celle de l’accord).</translation>
    </message>
    <message>
        <source>When the plan was agreed (default: today).</source>
        <translation>Date de l’accord (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>Give up the late-payment interest while the plan is kept.</source>
        <translation>Renoncer aux pénalités de retard tant que l’échéancier est respecté.</translation>
    </message>
    <message>
        <source>Give up the fixed recovery indemnity while the plan is kept.</source>
        <translation>Renoncer à l’indemnité forfaitaire tant que l’échéancier est respecté.</translation>
    </message>
    <message>
        <source>Do not claim the waived items again if the plan is broken.</source>
        <translation>Ne pas réclamer de nouveau ce qui a été abandonné si l’échéancier est rompu.</translation>
    </message>
    <message>
        <source>Anything to remember about it.</source>
        <translation>Ce qu’il faut en retenir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of month, week</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni month ni week</translation>
    </message>
    <message>
        <source>say how many instalments, e.g. 4</source>
        <translation>indiquez le nombre d’échéances, par exemple 4</translation>
    </message>
    <message>
        <source>The payment plans of an invoice: each instalment with its date, amount, what was paid and its status.</source>
        <translation>Les échéanciers d’une facture&#xa0;: chaque échéance avec sa date, son montant, ce qui a été payé et son état.</translation>
    </message>
    <message>
        <source>Invoice %1 has no payment plan.</source>
        <translation>La facture %1 n’a pas d’échéancier.</translation>
    </message>
    <message>
        <source>Declare a payment plan broken: the invoices&apos; ladder resumes where it stood, with the waived interest and indemnity claimed again if the plan said so.</source>
        <translation>Déclarer un échéancier rompu&#xa0;: le scénario de relance des factures reprend là où il en était, et les intérêts et l’indemnité abandonnés sont de nouveau réclamés si l’échéancier le prévoyait.</translation>
    </message>
    <message>
        <source>The plan&apos;s number (required).</source>
        <translation>Le numéro de l’échéancier (obligatoire).</translation>
    </message>
    <message>
        <source>When (default: today).</source>
        <translation>Quand (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>Payment plan %1 is broken: chasing resumes.</source>
        <translation>L’échéancier %1 est rompu&#xa0;: la relance reprend.</translation>
    </message>
    <message>
        <source>The client disputes an invoice: it leaves the agenda until resolved.</source>
        <translation>Le client conteste une facture&#xa0;: elle sort de l’agenda jusqu’au règlement du litige.</translation>
    </message>
    <message>
        <source>What the client contests (required).</source>
        <translation>Ce que le client conteste (obligatoire).</translation>
    </message>
    <message>
        <source>The amount contested (default: the balance).</source>
        <translation>Le montant contesté (par défaut&#xa0;: le solde).</translation>
    </message>
    <message>
        <source>Dispute %1 opened on invoice %2: %3 contested; chasing is paused.</source>
        <translation>Litige %1 ouvert sur la facture %2&#xa0;: %3 contestés&#x202f;; la relance est suspendue.</translation>
    </message>
    <message>
        <source>Close an invoice&apos;s dispute: paid, credited (a credit note reduces the balance) or upheld (chasing resumes where it stood).</source>
        <translation>Clore le litige d’une facture&#xa0;: payée, avoir (un avoir réduit le solde) ou maintenue (la relance reprend là où elle en était).</translation>
    </message>
    <message>
        <source>paid, credited or upheld (required).</source>
        <translation>paid, credited ou upheld (obligatoire).</translation>
    </message>
    <message>
        <source>With credited: the credit note&apos;s amount.</source>
        <translation>Avec credited&#xa0;: le montant de l’avoir.</translation>
    </message>
    <message>
        <source>With credited: the credit note&apos;s number.</source>
        <translation>Avec credited&#xa0;: le numéro de l’avoir.</translation>
    </message>
    <message>
        <source>How it ended.</source>
        <translation>Comment il s’est terminé.</translation>
    </message>
    <message>
        <source>invoice %1 has no open dispute</source>
        <translation>la facture %1 n’a pas de litige en cours</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of paid, credited, upheld</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’un de paid, credited, upheld</translation>
    </message>
    <message>
        <source>Invoice %1: dispute %2.</source>
        <translation>Facture %1&#xa0;: litige %2.</translation>
    </message>
    <message>
        <source>The client promised to pay by a date: chasing waits until the day after, then resumes, flagged.</source>
        <translation>Le client a promis de payer à une date&#xa0;: la relance attend le lendemain, puis reprend, signalée.</translation>
    </message>
    <message>
        <source>The promised date (required).</source>
        <translation>La date promise (obligatoire).</translation>
    </message>
    <message>
        <source>The amount promised (default: the balance).</source>
        <translation>Le montant promis (par défaut&#xa0;: le solde).</translation>
    </message>
    <message>
        <source>How the promise was made (default: phone).</source>
        <translation>Comment la promesse a été faite (par défaut&#xa0;: téléphone).</translation>
    </message>
    <message>
        <source>When it was made (default: today).</source>
        <translation>Quand elle a été faite (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un canal</translation>
    </message>
    <message>
        <source>Invoice %1: promised for %2; chasing resumes on %3 if unpaid.</source>
        <translation>Facture %1&#xa0;: paiement promis pour le %2&#x202f;; la relance reprend le %3 si elle reste impayée.</translation>
    </message>
    <message>
        <source>Everything that happened to an invoice or a client, newest first: issued, due, reminders, calls, letters, payments, plans, settlements, disputes.</source>
        <translation>Tout ce qui est arrivé à une facture ou à un client, du plus récent au plus ancien&#xa0;: émission, échéance, relances, appels, lettres, paiements, échéanciers, accords, litiges.</translation>
    </message>
    <message>
        <source>Invoice number.</source>
        <translation>Numéro de facture.</translation>
    </message>
    <message>
        <source>Client name (instead of --invoice).</source>
        <translation>Nom du client (au lieu de --invoice).</translation>
    </message>
    <message>
        <source>Also write it as a PDF (a collection dossier).</source>
        <translation>L’écrire aussi en PDF (un dossier de recouvrement).</translation>
    </message>
    <message>
        <source>client &quot;%1&quot; does not exist</source>
        <translation>le client «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Every invoice of the client</source>
        <translation>Toutes les factures du client</translation>
    </message>
    <message>
        <source>History of invoice %1</source>
        <translation>Historique de la facture %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting for a promised payment</source>
        <translation>
            <numerusform>, %n en attente d’un paiement promis</numerusform>
            <numerusform>, %n en attente d’un paiement promis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n paid by instalments</source>
        <translation>
            <numerusform>, %n payée par échéances</numerusform>
            <numerusform>, %n payées par échéances</numerusform>
        </translation>
    </message>
    <message>
        <source>(promised for %1, not paid)</source>
        <translation>(promis pour le %1, non payé)</translation>
    </message>
    <message>
        <source>With --result promised: the day the client will pay (chasing waits until the day after).</source>
        <translation>Avec --result promised&#xa0;: le jour où le client paiera (la relance attend le lendemain).</translation>
    </message>
    <message>
        <source>Stop chasing an invoice for now (on hold; a dispute is opened with dispute add).</source>
        <translation>Suspendre pour le moment la relance d’une facture (en attente&#x202f;; un litige s’ouvre avec dispute add).</translation>
    </message>
    <message>
        <source>on_hold (the default and only one).</source>
        <translation>on_hold (par défaut, et le seul).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on_hold (a dispute is opened with dispute add)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas on_hold (un litige s’ouvre avec dispute add)</translation>
    </message>
    <message numerus="yes">
        <source>Promised this week: %1 (%n invoice(s))</source>
        <translation>
            <numerusform>Promis cette semaine&#xa0;: %1 (%n facture)</numerusform>
            <numerusform>Promis cette semaine&#xa0;: %1 (%n factures)</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment plans: %1 on track, %2 late</source>
        <translation>Échéanciers&#xa0;: %1 respectés, %2 en retard</translation>
    </message>
    <message numerus="yes">
        <source>In dispute: %1 (%n invoice(s)), of which %2 contested</source>
        <translation>
            <numerusform>En litige&#xa0;: %1 (%n facture), dont %2 contestés</numerusform>
            <numerusform>En litige&#xa0;: %1 (%n factures), dont %2 contestés</numerusform>
        </translation>
    </message>
    <message>
        <source>Import invoices from a CSV file (a spreadsheet&apos;s export). The delimiter, encoding, decimal mark, date format and columns are guessed and remembered for files of the same layout; every row is checked first and nothing is written if one is wrong. Invoices already imported are left as they are.</source>
        <translation>Importer des factures depuis un fichier CSV (l’export d’un tableur). Le séparateur, l’encodage, le séparateur décimal, le format des dates et les colonnes sont devinés et retenus pour les fichiers de même présentation&#x202f;; chaque ligne est vérifiée d’abord et rien n’est écrit si l’une est fausse. Les factures déjà importées restent telles quelles.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Le fichier CSV.</translation>
    </message>
    <message>
        <source>Use the mapping saved under this name.</source>
        <translation>Utiliser la correspondance enregistrée sous ce nom.</translation>
    </message>
    <message>
        <source>Map a field to a column: FIELD=COLUMN (the column&apos;s header or its number from 1; repeat). Fields: %1.</source>
        <translation>Associer un champ à une colonne&#xa0;: CHAMP=COLONNE (l’en-tête de la colonne ou son numéro à partir de 1&#x202f;; à répéter). Champs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Create the clients the file names and Relance does not know.</source>
        <translation>Créer les clients que le fichier nomme et que Relance ne connaît pas.</translation>
    </message>
    <message>
        <source>Save the mapping used under this name.</source>
        <translation>Enregistrer la correspondance utilisée sous ce nom.</translation>
    </message>
    <message>
        <source>Check and tell what would be imported; write nothing.</source>
        <translation>Vérifier et dire ce qui serait importé&#x202f;; ne rien écrire.</translation>
    </message>
    <message>
        <source>give one CSV file</source>
        <translation>indiquez un fichier CSV</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=COLUMN with a known field and column</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme CHAMP=COLONNE avec un champ et une colonne connus</translation>
    </message>
    <message numerus="yes">
        <source>relance-cli: %n problem(s): nothing was imported.</source>
        <translation>
            <numerusform>relance-cli&#xa0;: %n problème&#xa0;: rien n’a été importé.</numerusform>
            <numerusform>relance-cli&#xa0;: %n problèmes&#xa0;: rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 invoice(s) to add, %2 already there, %3 new client(s); nothing written (--dry-run).</source>
        <translation>%1 facture(s) à ajouter, %2 déjà présente(s), %3 nouveau(x) client(s)&#x202f;; rien n’est écrit (--dry-run).</translation>
    </message>
    <message>
        <source>Imported %1 invoice(s) from %2 (%3 already there), %4 new client(s).</source>
        <translation>%1 facture(s) importée(s) depuis %2 (%3 déjà présente(s)), %4 nouveau(x) client(s).</translation>
    </message>
    <message>
        <source>Import e-invoices: Factur-X / ZUGFeRD PDFs, CII or UBL XML. Each becomes an invoice of its buyer (created if unknown), in its currency, with what was prepaid recorded; credit notes reduce the balance. The original file is kept beside the database. All files or none.</source>
        <translation>Importer des factures électroniques&#xa0;: PDF Factur-X / ZUGFeRD, XML CII ou UBL. Chacune devient une facture de son acheteur (créé s’il est inconnu), dans sa devise, avec ce qui a déjà été payé&#x202f;; les avoirs réduisent le solde. Le fichier d’origine est gardé à côté de la base. Tous les fichiers ou aucun.</translation>
    </message>
    <message>
        <source>The files (repeat).</source>
        <translation>Les fichiers (à répéter).</translation>
    </message>
    <message>
        <source>Imported %1 invoice(s) and %2 credit note(s) (%3 already there), %4 new client(s).</source>
        <translation>%1 facture(s) et %2 avoir(s) importé(s) (%3 déjà présente(s)), %4 nouveau(x) client(s).</translation>
    </message>
    <message>
        <source>%1 credit(s) imported, %2 already there, %3 debit(s) left aside.</source>
        <translation>%1 crédit(s) importé(s), %2 déjà présent(s), %3 débit(s) laissé(s) de côté.</translation>
    </message>
    <message>
        <source>Every imported credit not yet matched, with the invoices it probably pays and how sure that is. --auto-confirm-exact turns the certain ones (an invoice number and its exact balance) into payments.</source>
        <translation>Chaque crédit importé pas encore rapproché, avec les factures qu’il paie probablement et à quel point c’est sûr. --auto-confirm-exact enregistre comme paiements ceux qui sont certains (un numéro de facture et son solde exact).</translation>
    </message>
    <message>
        <source>Record the certain matches as payments first.</source>
        <translation>Enregistrer d’abord les rapprochements certains comme paiements.</translation>
    </message>
    <message>
        <source>%1 certain match(es) recorded as payments.</source>
        <translation>%1 rapprochement(s) certain(s) enregistré(s) comme paiement(s).</translation>
    </message>
    <message>
        <source>Every imported credit is matched.</source>
        <translation>Chaque crédit importé est rapproché.</translation>
    </message>
    <message>
        <source>no invoice found</source>
        <translation>aucune facture trouvée</translation>
    </message>
    <message>
        <source>Export invoices, payments (one row per invoice paid) or actions as CSV or JSON. In CSV, text that a spreadsheet would run as a formula (starting with = + - @) is prefixed with an apostrophe.</source>
        <translation>Exporter les factures, les paiements (une ligne par facture payée) ou les actions en CSV ou JSON. En CSV, un texte qu’un tableur exécuterait comme une formule (commençant par = + - @) est précédé d’une apostrophe.</translation>
    </message>
    <message>
        <source>invoices, payments or actions.</source>
        <translation>invoices, payments ou actions.</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>The file to write (default: the standard output).</source>
        <translation>Le fichier à écrire (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>say what to export: invoices, payments or actions</source>
        <translation>dites quoi exporter&#xa0;: invoices, payments ou actions</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format (csv or json)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un format (csv ou json)</translation>
    </message>
    <message>
        <source>Save the database with its archived letters and documents into one file (an SQLite file), to keep elsewhere. restore puts it back.</source>
        <translation>Enregistrer la base avec ses lettres archivées et ses documents dans un seul fichier (un fichier SQLite), à garder ailleurs. restore la remet en place.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Le fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <source>say where to write the backup</source>
        <translation>dites où écrire la sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: the database and %n file(s), %2 kB.</source>
        <translation>
            <numerusform>Sauvegarde écrite dans %1&#xa0;: la base et %n fichier, %2 ko.</numerusform>
            <numerusform>Sauvegarde écrite dans %1&#xa0;: la base et %n fichiers, %2 ko.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put a backup in place of the database (--db) and its letters and documents. Close Relance first. Nothing changes unless the whole backup reads back intact; the previous files are kept with the suffix .before-restore.</source>
        <translation>Remettre une sauvegarde à la place de la base (--db), de ses lettres et de ses documents. Fermez d’abord Relance. Rien ne change si la sauvegarde ne se relit pas entièrement intacte&#x202f;; les fichiers précédents sont gardés avec le suffixe .before-restore.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>give the backup file</source>
        <translation>indiquez le fichier de sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 with %n letter(s) and document(s).</source>
        <translation>
            <numerusform>%1 restaurée avec %n lettre ou document.</numerusform>
            <numerusform>%1 restaurée avec %n lettres et documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bank statements (CAMT.053/054, OFX, MT940, a bank&apos;s CSV export): the credits are kept to be matched to invoices (see reconcile); a transaction already imported is never imported twice. All files or none.</source>
        <translation>Importer des relevés bancaires (CAMT.053/054, OFX, MT940, export CSV d’une banque)&#xa0;: les crédits sont gardés pour être rapprochés des factures (voir reconcile)&#x202f;; une opération déjà importée ne l’est jamais deux fois. Tous les fichiers ou aucun.</translation>
    </message>
    <message>
        <source>%1: this archived letter is not the one that was sent (its SHA-256 differs from the one recorded)</source>
        <translation>%1&#xa0;: cette lettre archivée n’est pas celle qui a été envoyée (son SHA-256 diffère de celui enregistré)</translation>
    </message>
    <message>
        <source>Checks the archive: every letter&apos;s file against the SHA-256 recorded when it was sent, and every file of the archive against the book. Exits 1 on any difference.</source>
        <translation>Vérifie l’archive&#xa0;: le fichier de chaque lettre contre le SHA-256 enregistré à son envoi, et chaque fichier de l’archive contre la base. Sort avec le code 1 à la moindre différence.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the archive of %1</source>
        <translation>
            <numerusform>%n problème dans l’archive de %1</numerusform>
            <numerusform>%n problèmes dans l’archive de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) checked: each file is the one that was sent.</source>
        <translation>
            <numerusform>%n lettre vérifiée&#xa0;: le fichier est celui qui a été envoyé.</numerusform>
            <numerusform>%n lettres vérifiées&#xa0;: chaque fichier est celui qui a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>created a new, empty book: %1</source>
        <translation>nouvelle base vide créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>What credit notes left clients beyond what they owed. --use spends a client&apos;s credit on its open invoices, earliest due first; --refunded records that it was paid back.</source>
        <translation>Ce que des avoirs ont laissé aux clients au-delà de ce qu’ils devaient. --use impute l’avoir d’un client sur ses factures ouvertes, la plus ancienne échéance d’abord&#xa0;; --refunded enregistre son remboursement.</translation>
    </message>
    <message>
        <source>The client (default: every client with a credit).</source>
        <translation>Le client (par défaut&#xa0;: tous les clients qui ont un avoir).</translation>
    </message>
    <message>
        <source>Use the client&apos;s credit against its open invoices.</source>
        <translation>Imputer l’avoir du client sur ses factures ouvertes.</translation>
    </message>
    <message>
        <source>The client&apos;s credit was paid back on DATE.</source>
        <translation>L’avoir du client lui a été remboursé le DATE.</translation>
    </message>
    <message>
        <source>The credit&apos;s currency (default EUR).</source>
        <translation>La devise de l’avoir (EUR par défaut).</translation>
    </message>
    <message>
        <source>say which client</source>
        <translation>indiquez le client</translation>
    </message>
    <message>
        <source>%1 of credit used against open invoices.</source>
        <translation>%1 d’avoir imputé sur les factures ouvertes.</translation>
    </message>
    <message>
        <source>The credit in %1 is recorded as paid back.</source>
        <translation>L’avoir en %1 est enregistré comme remboursé.</translation>
    </message>
    <message>
        <source>No client has a credit.</source>
        <translation>Aucun client n’a d’avoir.</translation>
    </message>
    <message numerus="yes">
        <source>Owed to clients (credit notes beyond their debt): %1 (%n client(s)); see client credit</source>
        <translation>
            <numerusform>Dû aux clients (avoirs au-delà de leur dette)&#xa0;: %1 (%n client)&#xa0;; voir client credit</numerusform>
            <numerusform>Dû aux clients (avoirs au-delà de leur dette)&#xa0;: %1 (%n clients)&#xa0;; voir client credit</numerusform>
        </translation>
    </message>
    <message>
        <source>Company number: SIREN (9 digits) or SIRET (14) in France, enterprise number (BCE, 10 digits) in Belgium.</source>
        <translation>Numéro d’entreprise&#xa0;: SIREN (9 chiffres) ou SIRET (14) en France, numéro BCE (10 chiffres) en Belgique.</translation>
    </message>
    <message>
        <source>Same as --siret.</source>
        <translation>Comme --siret.</translation>
    </message>
    <message>
        <source>Country whose law the contract chose (default: your company&apos;s).</source>
        <translation>Pays dont la loi régit le contrat (par défaut&#xa0;: celui de votre entreprise).</translation>
    </message>
    <message>
        <source>yes or no: the contract provides for late-payment penalties (default: yes for a business, no for a consumer).</source>
        <translation>yes ou no&#xa0;: le contrat prévoit des pénalités de retard (par défaut&#xa0;: oui pour un professionnel, non pour un consommateur).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni yes ni no</translation>
    </message>
    <message>
        <source>What the invoice is for (printed on letters).</source>
        <translation>Objet de la facture (imprimé sur les lettres).</translation>
    </message>
    <message>
        <source>Write it although the book lacks its usual premise (a formal notice with no reminder before it): it then states nothing the book does not record.</source>
        <translation>L’écrire même si le dossier n’en réunit pas la condition habituelle (une mise en demeure sans relance préalable)&#xa0;: elle n’affirme alors rien que le dossier n’enregistre.</translation>
    </message>
    <message>
        <source>The client signed an acknowledgement of the debt (the &quot;Bon pour accord&quot; of a settlement or schedule letter): the limitation period restarts that day.</source>
        <translation>Le client a signé une reconnaissance de dette (le «&#xa0;Bon pour accord&#xa0;» d’une lettre d’accord ou d’échéancier)&#xa0;: le délai de prescription repart de ce jour.</translation>
    </message>
    <message>
        <source>Invoice number, once per invoice it covers (required).</source>
        <translation>Numéro de facture, une fois par facture couverte (obligatoire).</translation>
    </message>
    <message>
        <source>The date the client signed (default: today).</source>
        <translation>Date de la signature du client (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>Debt acknowledged on %1: the limitation period of %2 restarts from that day.</source>
        <translation>Dette reconnue le %1&#xa0;: le délai de prescription de %2 repart de ce jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s) without a postal address (e-mails only until it is filled in): %1</source>
        <translation>
            <numerusform>%n nouveau client sans adresse postale (e-mails seulement tant qu’elle n’est pas renseignée)&#xa0;: %1</numerusform>
            <numerusform>%n nouveaux clients sans adresse postale (e-mails seulement tant qu’elle n’est pas renseignée)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planned %n day(s) ago</source>
        <translation>
            <numerusform>prévue il y a %n jour</numerusform>
            <numerusform>prévue il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a client&apos;s statement of account as a PDF: its open invoices with how late each is, the totals and their overdue part, the payments of the past year, and how to pay. Records nothing.</source>
        <translation>Écrit le relevé de compte d’un client en PDF&#xa0;: ses factures ouvertes et le retard de chacune, les totaux et leur part échue, les règlements de l’année écoulée, et comment payer. N’enregistre rien.</translation>
    </message>
    <message>
        <source>The client&apos;s name.</source>
        <translation>Le nom du client.</translation>
    </message>
    <message>
        <source>Language of the statement: fr or en.</source>
        <translation>Langue du relevé&#xa0;: fr ou en.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: statement of account of %2, %n open invoice(s)</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: relevé de compte de %2, %n facture ouverte</numerusform>
            <numerusform>%1 écrit&#xa0;: relevé de compte de %2, %n factures ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 to pay</source>
        <translation>, %1 à régler</translation>
    </message>
    <message>
        <source>Read the ECB main refinancing rate from the ECB&apos;s data portal and add the half-years after the shipped table whose first day it now covers. A file that rewrites a published rate is refused whole.</source>
        <translation>Lit le taux de refinancement de la BCE sur le portail de données de la BCE et ajoute les semestres, après la table fournie, dont il couvre désormais le premier jour. Un fichier qui réécrit un taux publié est refusé en entier.</translation>
    </message>
    <message>
        <source>Where to read the series (default: the ECB data portal; http, https or file).</source>
        <translation>Où lire la série (par défaut&#xa0;: le portail de données de la BCE&#xa0;; http, https ou file).</translation>
    </message>
    <message>
        <source>%1: ECB rate %2 (in force on %3), added.</source>
        <translation>%1&#xa0;: taux BCE %2 (en vigueur le %3), ajouté.</translation>
    </message>
    <message>
        <source>Nothing new: the series, read up to %1, adds no half-year.</source>
        <translation>Rien de nouveau&#xa0;: la série, lue jusqu’au %1, n’ajoute aucun semestre.</translation>
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
        <translation>Usage&#xa0;: relance-cli [--db FICHIER] COMMANDE [OPTIONS]

La ligne de commande de Relance : la même base et les mêmes règles que la fenêtre Relance.

Options générales :
  --db FICHIER   Base à utiliser (par défaut : %1)
  --today DATE   Prendre DATE pour aujourd’hui (scripts, tests, revues ; par défaut : l’horloge)
  -h, --help     Afficher cette aide ; COMMANDE --help affiche les options d’une commande
  -v, --version  Afficher la version

Commandes :
  demo           Remplir une base vide avec des données de démonstration
  client add     Ajouter un client ; client credit : ce que des avoirs ont laissé aux clients
  invoice add    Ajouter une facture
  payment add    Enregistrer un paiement sur une ou plusieurs factures
  invoices       Lister les factures (--overdue, --client, --search, --json)
  dashboard      Totaux, ancienneté des retards et factures en retard (--json)
  deadline       Jour d’expiration d’un délai (jours ouvrables, ouvrés, calendaires)
  interest       Intérêts de retard et indemnité, avec le détail (--json)
  agenda         Ce qu’il faut faire aujourd’hui : prochaine étape de chaque facture impayée (--json)
  action add     Enregistrer une étape faite (e-mail, appel, lettre) : la facture avance
  action receipt Enregistrer la réception d’une lettre recommandée
  claim          Intérêts, indemnité, risque, prescription et prochaine étape d’une facture
  invoice pause  Mettre une facture en attente ; invoice resume reprend la relance
  rates          La table des taux ; rates add, rates carry-forward pour un nouveau semestre ;
                 rates update : le taux BCE lu sur le portail de données de la BCE
  letter         Écrire une lettre (relance, mise en demeure…) en PDF, archivée
  letter receipt Numéro, date de réception et avis de réception d’un recommandé
  letters        Toutes les lettres du jour (--due --out DOSSIER) ; letters list : l’archive ;
                 letters verify : chaque lettre archivée contre son SHA-256 enregistré
  statement      Le relevé de compte d’un client en PDF (factures ouvertes, règlements)
  template       Afficher ou remplacer le modèle d’une lettre (--kind, --lang, --set FICHIER)
  plan add       Convenir d’un échéancier ; plan show en liste les échéances, plan break le rompt
  dispute add    Le client conteste une facture ; dispute resolve clôt le litige
  promise add    Le client a promis de payer à une date : la relance attend jusque-là
  acknowledgement add Le client a signé une reconnaissance de dette (la prescription repart)
  timeline       Tout ce qui est arrivé à une facture ou un client (--json, --pdf)
  import invoices Importer des factures (et des clients) depuis un fichier CSV, tout ou rien
  import einvoice Importer des PDF Factur-X / ZUGFeRD et des factures et avoirs XML CII / UBL
  import bank    Importer des relevés bancaires (CAMT, OFX, MT940, CSV) : les crédits, jamais deux fois
  reconcile      Rapprocher les crédits importés des factures (--auto-confirm-exact, --json)
  export         Exporter factures, paiements ou actions en CSV ou JSON
  backup         Enregistrer la base, les lettres et les documents dans un seul fichier
  restore        Remettre une sauvegarde à la place de la base (la précédente est gardée)
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
    <message>
        <source>&quot;%1&quot; is not a Belgian enterprise number (BCE/KBO: 10 digits such as 0456.789.133, the last two checking the first eight)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro d’entreprise belge (BCE/KBO&#xa0;: 10 chiffres comme 0456.789.133, les deux derniers contrôlant les huit premiers)</translation>
    </message>
    <message>
        <source>the company number is longer than 30 characters</source>
        <translation>le numéro d’entreprise dépasse 30 caractères</translation>
    </message>
    <message>
        <source>the governing law must be a country&apos;s two-letter code such as FR or BE</source>
        <translation>la loi applicable est le code à deux lettres d’un pays, comme FR ou BE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (copy to) is not an e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» (copie à) n’est pas une adresse e-mail</translation>
    </message>
</context>
<context>
    <name>CollectionService</name>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>la facture %1 n’existe pas</translation>
    </message>
    <message>
        <source>the date is missing or invalid</source>
        <translation>la date est absente ou invalide</translation>
    </message>
    <message>
        <source>an action cannot be recorded in the future</source>
        <translation>une action ne peut pas être enregistrée dans le futur</translation>
    </message>
    <message>
        <source>the letter cannot be received before it was sent</source>
        <translation>la lettre ne peut pas être reçue avant d’avoir été envoyée</translation>
    </message>
    <message>
        <source>the receipt date is in the future</source>
        <translation>la date de réception est dans le futur</translation>
    </message>
    <message>
        <source>a tracking number has at most 40 characters</source>
        <translation>un numéro de suivi a au plus 40 caractères</translation>
    </message>
    <message>
        <source>action %1 does not exist</source>
        <translation>l’action %1 n’existe pas</translation>
    </message>
    <message>
        <source>the receipt date must be between the sending date and today</source>
        <translation>la date de réception doit être entre la date d’envoi et aujourd’hui</translation>
    </message>
    <message>
        <source>A consumer owes interest only from a formal notice; none was sent yet.</source>
        <translation>Un particulier ne doit des intérêts qu’à partir d’une mise en demeure&#xa0;; aucune n’a encore été envoyée.</translation>
    </message>
    <message>
        <source>Payment plan %1</source>
        <translation>Échéancier %1</translation>
    </message>
    <message>
        <source>Remind instalment %1 of %2</source>
        <translation>Relancer l’échéance %1 sur %2</translation>
    </message>
    <message>
        <source>Plan broken? Resume chasing</source>
        <translation>Échéancier rompu&#x202f;? Reprendre la relance</translation>
    </message>
    <message>
        <source>the promised date comes before the call</source>
        <translation>la date promise précède l’appel</translation>
    </message>
    <message>
        <source>Disputed (%1)</source>
        <translation>Contestée (%1)</translation>
    </message>
    <message>
        <source>open a dispute to say what is contested</source>
        <translation>ouvrez un litige pour dire ce qui est contesté</translation>
    </message>
    <message>
        <source>invoice %1 is disputed: resolve the dispute to chase it again</source>
        <translation>la facture %1 est contestée&#xa0;: réglez le litige pour la relancer de nouveau</translation>
    </message>
    <message>
        <source>payment plan %1</source>
        <translation>échéancier %1</translation>
    </message>
    <message>
        <source>settlement of %1</source>
        <translation>accord du %1</translation>
    </message>
    <message>
        <source>A Belgian consumer owes interest only once the 14 days of a free first written reminder have run out.</source>
        <translation>Un consommateur belge ne doit d’intérêts qu’à l’expiration des 14 jours d’un premier rappel écrit gratuit.</translation>
    </message>
</context>
<context>
    <name>CollectionSettingsDialog</name>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>CollectionSettingsService</name>
    <message>
        <source>no such ladder</source>
        <translation>cette échelle n’existe pas</translation>
    </message>
    <message>
        <source>not a half-year such as 2026-H2</source>
        <translation>pas un semestre comme 2026-H2</translation>
    </message>
    <message>
        <source>give at least one rate</source>
        <translation>indiquez au moins un taux</translation>
    </message>
    <message>
        <source>a rate must be between 0 and 50 %</source>
        <translation>un taux doit être entre 0 et 50&#xa0;%</translation>
    </message>
    <message>
        <source>say where the rates come from (e.g. &quot;Journal officiel, 24 December 2026&quot;)</source>
        <translation>indiquez d’où viennent les taux (par exemple «&#xa0;Journal officiel du 24 décembre 2026&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 was already added: remove it first to change it</source>
        <translation>%1 a déjà été ajouté&#xa0;: supprimez-le d’abord pour le modifier</translation>
    </message>
    <message>
        <source>%1 ships with Relance and cannot be removed</source>
        <translation>%1 est fourni avec Relance et ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>a ladder needs a name</source>
        <translation>une échelle doit avoir un nom</translation>
    </message>
    <message>
        <source>a ladder needs at least one step</source>
        <translation>une échelle doit avoir au moins une étape</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown letter or message &quot;%1&quot;</source>
        <translation>lettre ou message inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the delay must be between -365 and 3650 days</source>
        <translation>le délai doit être entre -365 et 3650 jours</translation>
    </message>
    <message>
        <source>only a step counted from the due date can come before it</source>
        <translation>seule une étape comptée depuis l’échéance peut la précéder</translation>
    </message>
    <message>
        <source>counting from a receipt needs a registered letter just before</source>
        <translation>compter depuis une réception demande une lettre recommandée juste avant</translation>
    </message>
    <message>
        <source>counting from a payment deadline needs a step just before that gives one</source>
        <translation>compter depuis un délai de paiement demande juste avant une étape qui en fixe un</translation>
    </message>
    <message>
        <source>the payment deadline must be between 0 and 365 days</source>
        <translation>le délai de paiement doit être entre 0 et 365 jours</translation>
    </message>
    <message>
        <source>another ladder is called &quot;%1&quot;</source>
        <translation>une autre échelle s’appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the last ladder cannot be removed</source>
        <translation>la dernière échelle ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code pays à deux lettres</translation>
    </message>
</context>
<context>
    <name>ColumnFormats</name>
    <message>
        <source>&quot;%1&quot; is not a date that exists</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date qui existe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>le montant est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals</source>
        <translation>«&#xa0;%1&#xa0;» a plus de deux décimales</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount</source>
        <translation>«&#xa0;%1&#xa0;» est un montant trop grand</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date écrite %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>text after a closing quote</source>
        <translation>du texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>a quoted field is not closed (it starts on line %1)</source>
        <translation>un champ entre guillemets n’est pas fermé (il commence ligne %1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
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
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Relance database: %2</source>
        <translation>%1 n’est pas une base Relance&#xa0;: %2</translation>
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
    <message>
        <source>there is no Relance book at %1</source>
        <translation>il n’y a pas de base Relance à %1</translation>
    </message>
    <message>
        <source>%1: a restore had been interrupted; it was completed</source>
        <translation>%1&#xa0;: une restauration avait été interrompue&#xa0;; elle a été terminée</translation>
    </message>
    <message>
        <source>%1 cannot be written (a read-only file or disk)</source>
        <translation>%1 ne peut pas être modifiée (fichier ou disque en lecture seule)</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database, not a Relance book: it was left as it is</source>
        <translation>%1 est la base d’un autre programme, pas une base Relance&#xa0;: elle a été laissée telle quelle</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Relance book</source>
        <translation>%1 est un fichier vide, pas une base Relance</translation>
    </message>
    <message>
        <source>%1 was written by an earlier version of Relance: open it once with a command that changes it, or in the Relance window, to bring it up to date</source>
        <translation>%1 a été écrite par une version antérieure de Relance&#xa0;: ouvrez-la une fois avec une commande qui la modifie, ou dans la fenêtre Relance, pour la mettre à jour</translation>
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
        <translation>«&#xa0;%1&#xa0;»&#xa0;: il n’y a pas de mois %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: day %2 does not exist in that month</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le jour %2 n’existe pas dans ce mois</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the year is out of range</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: l’année est hors limites</translation>
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
        <translation>la base contient déjà des données&#xa0;; la démonstration ne s’installe que dans une base vide</translation>
    </message>
    <message>
        <source>Disputes the hours billed for the second week; sends the timesheet back.</source>
        <translation>Conteste les heures facturées la deuxième semaine&#xa0;; renvoie la feuille de temps.</translation>
    </message>
    <message>
        <source>Voicemail; left a message.</source>
        <translation>Messagerie&#xa0;; message laissé.</translation>
    </message>
    <message>
        <source>Spoke to accounts: payment is being processed.</source>
        <translation>Parlé à la comptabilité&#xa0;: le paiement est en cours.</translation>
    </message>
    <message>
        <source>Agreed on the phone; cash-flow difficulties this quarter.</source>
        <translation>Convenu par téléphone&#x202f;; difficultés de trésorerie ce trimestre.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Pas de réponse.</translation>
    </message>
    <message>
        <source>Waiting for his own client&apos;s payment; will transfer on the day.</source>
        <translation>Attend le paiement de son propre client&#x202f;; fera le virement le jour même.</translation>
    </message>
    <message>
        <source>Hours billed for the second week</source>
        <translation>Heures facturées pour la deuxième semaine</translation>
    </message>
    <message>
        <source>Timesheet sent back with the client&apos;s own count.</source>
        <translation>Feuille de temps renvoyée avec le décompte du client.</translation>
    </message>
</context>
<context>
    <name>DisputeRepository</name>
    <message>
        <source>Recording the dispute</source>
        <translation>Enregistrement du litige</translation>
    </message>
    <message>
        <source>Resolving the dispute</source>
        <translation>Règlement du litige</translation>
    </message>
    <message>
        <source>dispute %1 is not open</source>
        <translation>le litige %1 n’est pas en cours</translation>
    </message>
    <message>
        <source>Recording the promise</source>
        <translation>Enregistrement de la promesse</translation>
    </message>
</context>
<context>
    <name>DisputeService</name>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>la facture %1 n’existe pas</translation>
    </message>
    <message>
        <source>the date is missing, invalid or in the future</source>
        <translation>la date est absente, invalide ou dans le futur</translation>
    </message>
    <message>
        <source>say what the client disputes</source>
        <translation>indiquez ce que le client conteste</translation>
    </message>
    <message>
        <source>the amount contested is between 0 and the invoice&apos;s %1</source>
        <translation>le montant contesté est compris entre 0 et les %1 de la facture</translation>
    </message>
    <message>
        <source>invoice %1 is already disputed</source>
        <translation>la facture %1 est déjà contestée</translation>
    </message>
    <message>
        <source>dispute %1 does not exist</source>
        <translation>le litige %1 n’existe pas</translation>
    </message>
    <message>
        <source>dispute %1 is already resolved</source>
        <translation>le litige %1 est déjà réglé</translation>
    </message>
    <message>
        <source>say how the dispute ended: paid, credited or upheld</source>
        <translation>indiquez l’issue du litige&#xa0;: payée, avoir ou maintenue</translation>
    </message>
    <message>
        <source>the date must be between the dispute&apos;s opening and today</source>
        <translation>la date doit être comprise entre l’ouverture du litige et aujourd’hui</translation>
    </message>
    <message>
        <source>the credit note is between 0 and the balance of %1</source>
        <translation>l’avoir est compris entre 0 et le solde de %1</translation>
    </message>
    <message>
        <source>Credit note after the dispute: %1</source>
        <translation>Avoir après le litige&#xa0;: %1</translation>
    </message>
    <message>
        <source>the promised date is missing or before the promise</source>
        <translation>la date promise est absente ou antérieure à la promesse</translation>
    </message>
    <message>
        <source>a promise more than a year ahead is a payment plan</source>
        <translation>une promesse à plus d’un an, c’est un échéancier</translation>
    </message>
    <message>
        <source>the amount promised is at most the balance of %1</source>
        <translation>le montant promis est au plus le solde de %1</translation>
    </message>
    <message>
        <source>invoice %1 is paid</source>
        <translation>la facture %1 est payée</translation>
    </message>
</context>
<context>
    <name>EInvoice</name>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date that exists</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date qui existe</translation>
    </message>
    <message>
        <source>this XML is not an e-invoice Relance reads (its root is &lt;%1&gt;; expected Factur-X, ZUGFeRD or UBL)</source>
        <translation>ce XML n’est pas une facture électronique que Relance sait lire (sa racine est &lt;%1&gt;&#x202f;; Factur-X, ZUGFeRD ou UBL attendu)</translation>
    </message>
    <message>
        <source>the file holds no XML</source>
        <translation>le fichier ne contient pas de XML</translation>
    </message>
    <message>
        <source>the invoice has no number</source>
        <translation>la facture n’a pas de numéro</translation>
    </message>
    <message>
        <source>the invoice has no issue date</source>
        <translation>la facture n’a pas de date d’émission</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other item(s)</source>
        <translation>
            <numerusform>%1 et %n autre article</numerusform>
            <numerusform>%1 et %n autres articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EInvoiceImportService</name>
    <message>
        <source>%1 is a booking aid (type 751), not an invoice to collect</source>
        <translation>%1 est une aide à la comptabilisation (type 751), pas une facture à recouvrer</translation>
    </message>
    <message>
        <source>%1 names no buyer</source>
        <translation>%1 ne nomme pas d’acheteur</translation>
    </message>
    <message>
        <source>%1 gives no currency</source>
        <translation>%1 n’indique pas de devise</translation>
    </message>
    <message>
        <source>%1 gives no total</source>
        <translation>%1 n’indique pas de total</translation>
    </message>
    <message>
        <source>the buyer %1 cannot be added as a client: %2</source>
        <translation>l’acheteur %1 ne peut pas être ajouté comme client&#xa0;: %2</translation>
    </message>
    <message>
        <source>Credit note %1 (%2)</source>
        <translation>Avoir %1 (%2)</translation>
    </message>
    <message>
        <source>invoice %1 already exists with another total (%2)</source>
        <translation>la facture %1 existe déjà avec un autre total (%2)</translation>
    </message>
    <message>
        <source>invoice %1 totals zero: nothing to collect</source>
        <translation>la facture %1 est à zéro&#xa0;: rien à recouvrer</translation>
    </message>
    <message>
        <source>Imported from %1 (%2)</source>
        <translation>Importée depuis %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is a self-billed invoice (type 389).</source>
        <translation>%1 est une autofacture (type 389).</translation>
    </message>
    <message>
        <source>cannot keep a copy in %1: %2</source>
        <translation>impossible de garder une copie dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>prepaid per %1</source>
        <translation>déjà payé selon %1</translation>
    </message>
    <message>
        <source>%1: %2 already paid when issued.</source>
        <translation>%1&#xa0;: %2 déjà payés à l’émission.</translation>
    </message>
    <message>
        <source>Credit note %1: %2 more than %3 owed, kept as the client&apos;s credit.</source>
        <translation>Avoir %1&#xa0;: %2 de plus que ce que devait %3, gardé comme avoir du client.</translation>
    </message>
</context>
<context>
    <name>EcbRates</name>
    <message>
        <source>not the ECB&apos;s CSV: no TIME_PERIOD and OBS_VALUE columns in the header</source>
        <translation>ce n’est pas le CSV de la BCE&#xa0;: pas de colonnes TIME_PERIOD et OBS_VALUE dans l’en-tête</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un taux</translation>
    </message>
    <message>
        <source>the file holds no observation</source>
        <translation>le fichier ne contient aucune observation</translation>
    </message>
    <message>
        <source>on %1 the ECB series gives %2 and the published table %3: a published rate is never rewritten, nothing was stored</source>
        <translation>le %1, la série de la BCE donne %2 et la table publiée %3&#xa0;: un taux publié n’est jamais réécrit, rien n’a été enregistré</translation>
    </message>
    <message>
        <source>%1: the rate you entered (%2) is kept; the ECB series gives %3 (remove your half-year in the settings to take it)</source>
        <translation>%1&#xa0;: le taux que vous avez saisi (%2) est gardé&#xa0;; la série de la BCE donne %3 (retirez votre semestre dans les réglages pour le prendre)</translation>
    </message>
    <message>
        <source>%1: you added this half-year without its ECB rate; the series gives %2 (remove your half-year in the settings to take it)</source>
        <translation>%1&#xa0;: vous avez ajouté ce semestre sans son taux BCE&#xa0;; la série donne %2 (retirez votre semestre dans les réglages pour le prendre)</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Reading what to export</source>
        <translation>Lecture des données à exporter</translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation>rien à exporter</translation>
    </message>
</context>
<context>
    <name>FacturX</name>
    <message>
        <source>this PDF cannot be read (damaged or not a PDF)</source>
        <translation>ce PDF ne peut pas être lu (endommagé ou pas un PDF)</translation>
    </message>
    <message>
        <source>this PDF carries no invoice XML: it is not a Factur-X or ZUGFeRD invoice</source>
        <translation>ce PDF ne contient pas de XML de facture&#xa0;: ce n’est pas une facture Factur-X ou ZUGFeRD</translation>
    </message>
    <message>
        <source>the PDF&apos;s invoice XML is larger than any invoice (over %1 MB): refused</source>
        <translation>le XML de facture du PDF est plus gros qu’aucune facture (plus de %1 Mo)&#xa0;: refusé</translation>
    </message>
    <message>
        <source>this PDF is damaged: its attachments cannot be read</source>
        <translation>ce PDF est endommagé&#xa0;: ses pièces jointes ne peuvent pas être lues</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GoverningLaw</name>
    <message>
        <source>%1 is a consumer living in %2: if you direct your activity to %2, the consumer keeps the protection of its law whatever the contract says (Rome I art. 6). Choose that law on the Collection tab if so.</source>
        <translation>%1 est un consommateur résidant en %2&#xa0;: si vous dirigez votre activité vers ce pays, il garde la protection de sa loi quoi que dise le contrat (Rome I, art. 6). Choisissez alors cette loi dans la fiche du client.</translation>
    </message>
</context>
<context>
    <name>GuardedXml</name>
    <message>
        <source>the XML declares a document type (&lt;!DOCTYPE&gt;), which e-invoices and bank statements never do: refused, since its entities could expand without limit</source>
        <translation>le XML déclare un type de document (&lt;!DOCTYPE&gt;), ce que ne font jamais les factures électroniques ni les relevés bancaires&#xa0;: refusé, car ses entités pourraient s’étendre sans limite</translation>
    </message>
    <message>
        <source>the XML refers to an entity that no standard declares: refused</source>
        <translation>le XML fait référence à une entité qu’aucune norme ne déclare&#xa0;: refusé</translation>
    </message>
    <message>
        <source>the XML nests elements more than %1 levels deep, which no e-invoice or statement does: refused</source>
        <translation>le XML imbrique des éléments sur plus de %1 niveaux, ce que ne fait aucune facture ni aucun relevé&#xa0;: refusé</translation>
    </message>
    <message>
        <source>the XML holds a text of more than %1 characters: refused</source>
        <translation>le XML contient un texte de plus de %1 caractères&#xa0;: refusé</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HttpFetch</name>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 n’a pas répondu en %n seconde</numerusform>
            <numerusform>%1 n’a pas répondu en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered %2 %3</source>
        <translation>%1 a répondu %2 %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>give at least one file</source>
        <translation>indiquez au moins un fichier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Instalments</name>
    <message>
        <source>the amount to spread must be above zero</source>
        <translation>le montant à étaler doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>the number of instalments must be between 1 and %1</source>
        <translation>le nombre d’échéances doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>%1 instalments of less than one cent each are not possible</source>
        <translation>%1 échéances de moins d’un centime chacune sont impossibles</translation>
    </message>
    <message>
        <source>the first instalment&apos;s date is missing or invalid</source>
        <translation>la date de la première échéance manque ou n’est pas valide</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>Being chased</source>
        <translation>En relance</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>InvoiceImportService</name>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>Date de prestation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Client&apos;s e-mail</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <source>Client&apos;s SIRET</source>
        <translation>SIRET du client</translation>
    </message>
    <message>
        <source>Client&apos;s VAT number</source>
        <translation>N° de TVA du client</translation>
    </message>
    <message>
        <source>no column is mapped to &quot;%1&quot;</source>
        <translation>aucune colonne n’est associée à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the invoice number is empty</source>
        <translation>le numéro de facture est vide</translation>
    </message>
    <message>
        <source>invoice %1 is already on line %2</source>
        <translation>la facture %1 figure déjà ligne %2</translation>
    </message>
    <message>
        <source>the client is empty</source>
        <translation>le client est vide</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>le champ «&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>no client is named &quot;%1&quot; (create the clients with the import, or add it first)</source>
        <translation>aucun client ne s’appelle «&#xa0;%1&#xa0;» (créez les clients avec l’import, ou ajoutez-le d’abord)</translation>
    </message>
    <message>
        <source>invoice %1 already exists with other values (%2, %3, issued %4)</source>
        <translation>la facture %1 existe déjà avec d’autres valeurs (%2, %3, émise le %4)</translation>
    </message>
    <message numerus="yes">
        <source> (and %n other problem(s); nothing was imported)</source>
        <translation>
            <numerusform> (et %n autre problème&#x202f;; rien n’a été importé)</numerusform>
            <numerusform> (et %n autres problèmes&#x202f;; rien n’a été importé)</numerusform>
        </translation>
    </message>
    <message>
        <source>Object (what it is for)</source>
        <translation>Objet (ce qui est facturé)</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>Saving the invoice</source>
        <translation>L’enregistrement de la facture</translation>
    </message>
    <message>
        <source>Saving the acknowledgement</source>
        <translation>Enregistrement de la reconnaissance de dette</translation>
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
    <message>
        <source>the late-payment rate must be between 0 and 100 %</source>
        <translation>le taux de pénalité doit être entre 0 et 100&#xa0;%</translation>
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
        <translation>le nom de votre entreprise est obligatoire&#xa0;: il figure en tête de chaque lettre</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas un IBAN valide&#xa0;: vérifiez la saisie (sa clé de contrôle ne correspond pas)</translation>
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
    <name>Jurisdiction</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a key is required</source>
        <translation>une clé est requise</translation>
    </message>
    <message>
        <source>must be &quot;due_date&quot; or &quot;notice&quot;</source>
        <translation>doit valoir «&#xa0;due_date&#xa0;» ou «&#xa0;notice&#xa0;»</translation>
    </message>
    <message>
        <source>points and rounding must be rates such as &quot;8.00&quot;</source>
        <translation>les points et l’arrondi doivent être des taux comme «&#xa0;8.00&#xa0;»</translation>
    </message>
    <message>
        <source>not an amount such as &quot;40.00&quot;</source>
        <translation>pas un montant comme «&#xa0;40.00&#xa0;»</translation>
    </message>
    <message>
        <source>each bracket needs above, base and percent</source>
        <translation>chaque tranche demande above, base et percent</translation>
    </message>
    <message>
        <source>brackets must be in ascending order</source>
        <translation>les tranches doivent être dans l’ordre croissant</translation>
    </message>
    <message>
        <source>a scale needs at least one bracket</source>
        <translation>un barème demande au moins une tranche</translation>
    </message>
    <message>
        <source>must be &quot;none&quot;, &quot;fixed&quot; or &quot;scale&quot;</source>
        <translation>doit valoir «&#xa0;none&#xa0;», «&#xa0;fixed&#xa0;» ou «&#xa0;scale&#xa0;»</translation>
    </message>
    <message>
        <source>a number of months is required</source>
        <translation>un nombre de mois est requis</translation>
    </message>
    <message>
        <source>the profiles fr-b2b and fr-b2c are required</source>
        <translation>les profils fr-b2b et fr-b2c sont requis</translation>
    </message>
    <message>
        <source>must be &quot;ecb_plus&quot;, &quot;fr_legal_other&quot; or &quot;published&quot;</source>
        <translation>doit valoir «&#xa0;ecb_plus&#xa0;», «&#xa0;fr_legal_other&#xa0;» ou «&#xa0;published&#xa0;»</translation>
    </message>
    <message>
        <source>a published rate needs its series</source>
        <translation>un taux publié doit nommer sa série</translation>
    </message>
    <message>
        <source>the rate owed without a penalty clause is required</source>
        <translation>le taux dû sans clause pénale est requis</translation>
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
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Registered letter</source>
        <translation>Lettre recommandée</translation>
    </message>
    <message>
        <source>Formal notice (registered, with receipt)</source>
        <translation>Mise en demeure (recommandé avec AR)</translation>
    </message>
    <message>
        <source>Hand-over to collection</source>
        <translation>Transmission au recouvrement</translation>
    </message>
    <message>
        <source>Courteous</source>
        <translation>Courtois</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Cordial</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Solennel</translation>
    </message>
    <message>
        <source>after the due date</source>
        <translation>après l’échéance</translation>
    </message>
    <message>
        <source>after the previous step</source>
        <translation>après l’étape précédente</translation>
    </message>
    <message>
        <source>after receipt of the registered letter</source>
        <translation>après réception du recommandé</translation>
    </message>
    <message>
        <source>after the payment deadline</source>
        <translation>après le délai de paiement</translation>
    </message>
    <message>
        <source>Courtesy reminder</source>
        <translation>Rappel de courtoisie</translation>
    </message>
    <message>
        <source>First reminder</source>
        <translation>Première relance</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>Deuxième relance</translation>
    </message>
    <message>
        <source>Final reminder</source>
        <translation>Dernière relance</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Gentle freelancer</source>
        <translation>Indépendant conciliant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>No answer, try again</source>
        <translation>Pas de réponse, réessayer</translation>
    </message>
    <message>
        <source>Promised to pay</source>
        <translation>Promesse de paiement</translation>
    </message>
    <message>
        <source>Disputes the invoice</source>
        <translation>Conteste la facture</translation>
    </message>
</context>
<context>
    <name>LadderRepository</name>
    <message>
        <source>Saving the ladder</source>
        <translation>Enregistrement de l’échelle</translation>
    </message>
    <message>
        <source>Removing the ladder</source>
        <translation>Suppression de l’échelle</translation>
    </message>
</context>
<context>
    <name>LateInterest</name>
    <message>
        <source>contractual rate</source>
        <translation>taux contractuel</translation>
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
        <translation>un consommateur ne doit des intérêts qu’à partir d’une mise en demeure&#xa0;: indiquez sa date</translation>
    </message>
    <message>
        <source>the rate must be between 0 and 100 %</source>
        <translation>le taux doit être compris entre 0 et 100&#xa0;%</translation>
    </message>
    <message>
        <source>the French legal interest rate for %1 is not in the rate table yet: add it in the settings once it is published</source>
        <translation>le taux d’intérêt légal français de %1 n’est pas encore dans la table&#xa0;: ajoutez-le dans les réglages dès sa publication</translation>
    </message>
    <message>
        <source>legal interest rate %1 (other cases)</source>
        <translation>taux d’intérêt légal %1 (autres cas)</translation>
    </message>
    <message>
        <source>published rate %1</source>
        <translation>taux publié %1</translation>
    </message>
    <message>
        <source>the ECB rate in force on %1 is not in the rate table yet (it is known until %2): add the half-year %3 in the settings</source>
        <translation>le taux BCE en vigueur le %1 n’est pas encore dans la table (connu jusqu’au %2)&#xa0;: ajoutez le semestre %3 dans les réglages</translation>
    </message>
    <message>
        <source>ECB %1 on %2 + %3 points, rounded up to a multiple of %4</source>
        <translation>BCE %1 au %2 + %3 points, arrondi au multiple de %4 supérieur</translation>
    </message>
    <message>
        <source>ECB %1 on %2 + %3 points</source>
        <translation>BCE %1 au %2 + %3 points</translation>
    </message>
    <message>
        <source>%1: the legal rate is not in the table, so the contractual rate could not be checked against its legal floor</source>
        <translation>%1&#xa0;: le taux légal n’est pas dans la table, le taux contractuel n’a donc pas pu être comparé à son plancher légal</translation>
    </message>
    <message>
        <source>%1: %2 x the legal rate (%3) exceeds the default rate %4; the floor binds contractual rates only, the default applies</source>
        <translation>%1&#xa0;: %2 × le taux légal (%3) dépasse le taux par défaut %4&#xa0;; le plancher ne vaut que pour les taux contractuels, le taux par défaut s’applique</translation>
    </message>
    <message>
        <source> (rates of %1 added by you)</source>
        <translation> (taux de %1 ajoutés par vous)</translation>
    </message>
    <message>
        <source>%1; the contractual rate %2 is under the legal floor (%3 x %4 = %5) and does not apply</source>
        <translation>%1&#xa0;; le taux contractuel de %2 est inférieur au plancher légal (%3 × %4 = %5) et ne s’applique pas</translation>
    </message>
    <message>
        <source>the rate of %1 (%2) is not in the rate table yet: add it in the settings once it is published</source>
        <translation>le taux de %1 (%2) n’est pas encore dans la table des taux&#xa0;: ajoutez-le dans les réglages dès sa publication</translation>
    </message>
    <message>
        <source>%1: the contractual rate %2 is under the legal floor of %3 x %4 = %5 (Code de commerce L441-10 II): the default rate %6 applies</source>
        <translation>%1&#xa0;: le taux contractuel de %2 est inférieur au plancher légal de %3 × %4 = %5 (Code de commerce L441-10 II)&#xa0;: le taux par défaut de %6 s’applique</translation>
    </message>
</context>
<context>
    <name>LetterFacts</name>
    <message>
        <source>a payment plan agreed on %1 is running: the client cannot be put on notice while it is kept (record it as broken first)</source>
        <translation>un échéancier convenu le %1 est en cours&#xa0;: le client ne peut être mis en demeure tant qu’il est respecté (enregistrez d’abord sa rupture)</translation>
    </message>
    <message>
        <source>invoice %1 is disputed in full (%2): resolve the dispute, or record the part that is not contested, before a formal notice</source>
        <translation>la facture %1 est contestée en totalité (%2)&#xa0;: réglez le litige, ou enregistrez la part non contestée, avant une mise en demeure</translation>
    </message>
    <message>
        <source>no written reminder is recorded for %1: a formal notice usually follows at least one (write a reminder first, or write the notice anyway: it will not mention any)</source>
        <translation>aucune relance écrite n’est enregistrée pour %1&#xa0;: une mise en demeure en suit d’ordinaire au moins une (écrivez d’abord une relance, ou écrivez quand même la mise en demeure&#xa0;: elle n’en mentionnera aucune)</translation>
    </message>
    <message>
        <source>no formal notice is recorded for %1: a hand-over to collection follows one that remained unanswered</source>
        <translation>aucune mise en demeure n’est enregistrée pour %1&#xa0;: la transmission au recouvrement suit une mise en demeure restée sans effet</translation>
    </message>
    <message>
        <source>the formal notice of %1 has no receipt recorded: record when it was received (or returned not collected) first</source>
        <translation>la mise en demeure du %1 n’a pas d’accusé de réception enregistré&#xa0;: indiquez d’abord quand elle a été reçue (ou retournée non réclamée)</translation>
    </message>
    <message>
        <source>the formal notice gives the client until %1: hand the claim over after that day</source>
        <translation>la mise en demeure laisse au client jusqu’au %1&#xa0;: transmettez la créance après ce jour</translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <source>Courtesy reminder (before the due date)</source>
        <translation>Rappel de courtoisie (avant l’échéance)</translation>
    </message>
    <message>
        <source>First reminder</source>
        <translation>Première relance</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>Deuxième relance</translation>
    </message>
    <message>
        <source>Final reminder (registered)</source>
        <translation>Dernière relance (recommandé)</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <source>Confirmation of a settlement</source>
        <translation>Confirmation d’un accord</translation>
    </message>
    <message>
        <source>Instalment schedule</source>
        <translation>Échéancier de paiement</translation>
    </message>
    <message>
        <source>Hand-over notice</source>
        <translation>Avis de transmission au recouvrement</translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>could not start writing the PDF</source>
        <translation>impossible de commencer à écrire le PDF</translation>
    </message>
</context>
<context>
    <name>LetterRepository</name>
    <message>
        <source>not known yet</source>
        <translation>pas encore connue</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>not collected (first presented)</source>
        <translation>non retirée (première présentation)</translation>
    </message>
    <message>
        <source>Archiving the letter</source>
        <translation>Archivage de la lettre</translation>
    </message>
    <message>
        <source>Recording the letter&apos;s receipt</source>
        <translation>Enregistrement de la réception de la lettre</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>the window must fit across the sheet (0 to %1 mm from the left)</source>
        <translation>la fenêtre doit tenir dans la largeur de la feuille (de 0 à %1 mm du bord gauche)</translation>
    </message>
    <message>
        <source>the window must sit in the top half of the sheet (10 to %1 mm from the top)</source>
        <translation>la fenêtre doit se trouver dans la moitié haute de la feuille (de 10 à %1 mm du haut)</translation>
    </message>
    <message>
        <source>the letters&apos; text size must be between 8 and 14 points</source>
        <translation>la taille du texte des lettres doit être comprise entre 8 et 14 points</translation>
    </message>
    <message>
        <source>choose at least one invoice</source>
        <translation>choisissez au moins une facture</translation>
    </message>
    <message>
        <source>the letter&apos;s date is missing or invalid</source>
        <translation>la date de la lettre manque ou n’est pas valide</translation>
    </message>
    <message>
        <source>invoice %1 does not exist</source>
        <translation>la facture %1 n’existe pas</translation>
    </message>
    <message>
        <source>invoice %1 is not %2&apos;s: a letter goes to one client</source>
        <translation>la facture %1 n’est pas à %2&#xa0;: une lettre s’adresse à un seul client</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the others in %3: write one letter per currency</source>
        <translation>la facture %1 est en %2, les autres en %3&#xa0;: écrivez une lettre par devise</translation>
    </message>
    <message>
        <source>the invoice&apos;s client does not exist</source>
        <translation>le client de la facture n’existe pas</translation>
    </message>
    <message>
        <source>your company&apos;s name and address print on every letter: fill them in first (Edit &gt; Your company)</source>
        <translation>le nom et l’adresse de votre entreprise figurent sur chaque lettre&#xa0;: renseignez-les d’abord (Édition &gt; Votre entreprise)</translation>
    </message>
    <message>
        <source>a formal notice must state your SIRET: fill it in first (Edit &gt; Your company)</source>
        <translation>une mise en demeure doit indiquer votre SIRET&#xa0;: renseignez-le d’abord (Édition &gt; Votre entreprise)</translation>
    </message>
    <message>
        <source>a formal notice must say how to pay: fill in your IBAN first (Edit &gt; Your company)</source>
        <translation>une mise en demeure doit indiquer comment payer&#xa0;: renseignez d’abord votre IBAN (Édition &gt; Votre entreprise)</translation>
    </message>
    <message>
        <source>nothing remains to be paid on %1</source>
        <translation>plus rien n’est dû sur %1</translation>
    </message>
    <message>
        <source>write the terms agreed with the client</source>
        <translation>écrivez les termes convenus avec le client</translation>
    </message>
    <message>
        <source>give the instalments (date and amount of each)</source>
        <translation>indiquez les échéances (date et montant de chacune)</translation>
    </message>
    <message>
        <source>instalment %1: its date must follow the letter&apos;s and the previous instalment&apos;s</source>
        <translation>échéance %1&#xa0;: sa date doit suivre celle de la lettre et celle de l’échéance précédente</translation>
    </message>
    <message>
        <source>instalment %1: the amount must be above zero, in %2</source>
        <translation>échéance %1&#xa0;: le montant doit être supérieur à zéro, en %2</translation>
    </message>
    <message>
        <source>the instalments add up to %1, not to what is owed (%2)</source>
        <translation>les échéances totalisent %1, et non la somme due (%2)</translation>
    </message>
    <message>
        <source>%1, archived as %2</source>
        <translation>%1, archivée sous %2</translation>
    </message>
    <message>
        <source>letter %1 does not exist</source>
        <translation>la lettre %1 n’existe pas</translation>
    </message>
    <message>
        <source>say whether the letter was received or not collected</source>
        <translation>indiquez si la lettre a été reçue ou non retirée</translation>
    </message>
    <message>
        <source>the date must be between the sending date (%1) and today</source>
        <translation>la date doit être comprise entre la date d’envoi (%1) et aujourd’hui</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a courtesy reminder announces a due date to come; %1 was due on %2: write a first reminder</source>
        <translation>un rappel de courtoisie annonce une échéance à venir&#x202f;; %1 était due le %2&#xa0;: écrivez une première relance</translation>
    </message>
    <message>
        <source>your IBAN tells the client where to pay: fill it in first (Edit &gt; Your company)</source>
        <translation>votre IBAN indique au client où payer&#xa0;: renseignez-le d’abord (Édition &gt; Votre entreprise)</translation>
    </message>
    <message>
        <source>cannot write %1: every name is taken</source>
        <translation>impossible d’écrire %1&#xa0;: tous les noms sont pris</translation>
    </message>
    <message>
        <source>%1: letter %2&apos;s file is missing from the archive</source>
        <translation>%1&#xa0;: le fichier de la lettre %2 manque dans l’archive</translation>
    </message>
    <message>
        <source>%1: letter %2&apos;s file is not the one that was sent (its SHA-256 differs from the one recorded)</source>
        <translation>%1&#xa0;: le fichier de la lettre %2 n’est pas celui qui a été envoyé (son SHA-256 diffère de celui enregistré)</translation>
    </message>
    <message>
        <source>%1: no letter of the book records this file</source>
        <translation>%1&#xa0;: aucune lettre de la base n’enregistre ce fichier</translation>
    </message>
    <message>
        <source>%1, printed, archived as %2</source>
        <translation>%1, lettre imprimée, archivée sous %2</translation>
    </message>
    <message>
        <source>%1, saved as PDF, archived as %2</source>
        <translation>%1, lettre enregistrée en PDF, archivée sous %2</translation>
    </message>
    <message>
        <source>%1, sent by e-mail, archived as %2</source>
        <translation>%1, envoyée par e-mail, archivée sous %2</translation>
    </message>
    <message>
        <source>%1&apos;s postal address is missing: a letter cannot be posted without it (fill it in on the client&apos;s card), but it can go by e-mail</source>
        <translation>l’adresse postale de %1 manque&#xa0;: une lettre ne peut pas être postée sans elle (renseignez-la sur la fiche du client), mais elle peut partir par e-mail</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>unknown section [%1]; sections are %2</source>
        <translation>section [%1] inconnue&#x202f;; les sections sont %2</translation>
    </message>
    <message>
        <source>section [%1] appears twice</source>
        <translation>la section [%1] apparaît deux fois</translation>
    </message>
    <message>
        <source>text before the first section; start with a line such as [letter]</source>
        <translation>texte avant la première section&#x202f;; commencez par une ligne comme [letter]</translation>
    </message>
    <message>
        <source>the template has neither a [letter] nor an [email] section</source>
        <translation>le modèle n’a ni section [letter] ni section [email]</translation>
    </message>
    <message>
        <source>the letter&apos;s date, written out</source>
        <translation>la date de la lettre, en toutes lettres</translation>
    </message>
    <message>
        <source>where the letter is written (your city)</source>
        <translation>le lieu d’écriture (votre ville)</translation>
    </message>
    <message>
        <source>your company&apos;s name</source>
        <translation>le nom de votre entreprise</translation>
    </message>
    <message>
        <source>your legal form</source>
        <translation>votre forme juridique</translation>
    </message>
    <message>
        <source>your VAT number</source>
        <translation>votre numéro de TVA</translation>
    </message>
    <message>
        <source>your postal address on one line</source>
        <translation>votre adresse postale sur une ligne</translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation>votre adresse e-mail</translation>
    </message>
    <message>
        <source>your phone number</source>
        <translation>votre numéro de téléphone</translation>
    </message>
    <message>
        <source>your IBAN</source>
        <translation>votre IBAN</translation>
    </message>
    <message>
        <source>your BIC</source>
        <translation>votre BIC</translation>
    </message>
    <message>
        <source>who signs</source>
        <translation>le signataire</translation>
    </message>
    <message>
        <source>the signatory&apos;s capacity</source>
        <translation>la qualité du signataire</translation>
    </message>
    <message>
        <source>the client&apos;s name</source>
        <translation>le nom du client</translation>
    </message>
    <message>
        <source>the client&apos;s contact person</source>
        <translation>l’interlocuteur chez le client</translation>
    </message>
    <message>
        <source>the client&apos;s postal address on one line</source>
        <translation>l’adresse postale du client sur une ligne</translation>
    </message>
    <message>
        <source>&quot;Madame, Monsieur&quot; or &quot;Dear Sir or Madam&quot;, or the contact&apos;s name</source>
        <translation>«&#xa0;Madame, Monsieur&#xa0;» ou «&#xa0;Dear Sir or Madam&#xa0;», ou le nom de l’interlocuteur</translation>
    </message>
    <message>
        <source>the (first) invoice&apos;s number</source>
        <translation>le numéro de la (première) facture</translation>
    </message>
    <message>
        <source>every invoice&apos;s number, as a list</source>
        <translation>les numéros de toutes les factures, en liste</translation>
    </message>
    <message>
        <source>&quot;invoice F-1&quot; or &quot;invoices F-1 and F-2&quot;</source>
        <translation>«&#xa0;facture F-1&#xa0;» ou «&#xa0;factures F-1 et F-2&#xa0;»</translation>
    </message>
    <message>
        <source>how many invoices the letter covers</source>
        <translation>le nombre de factures concernées</translation>
    </message>
    <message>
        <source>the (first) invoice&apos;s date</source>
        <translation>la date de la (première) facture</translation>
    </message>
    <message>
        <source>the (first) invoice&apos;s due date</source>
        <translation>l’échéance de la (première) facture</translation>
    </message>
    <message>
        <source>the (first) invoice&apos;s amount including VAT</source>
        <translation>le montant TTC de la (première) facture</translation>
    </message>
    <message>
        <source>days past the (first) invoice&apos;s due date</source>
        <translation>le nombre de jours de retard de la (première) facture</translation>
    </message>
    <message>
        <source>what remains unpaid on the invoices</source>
        <translation>ce qui reste impayé sur les factures</translation>
    </message>
    <message>
        <source>what was already paid on them</source>
        <translation>ce qui a déjà été réglé</translation>
    </message>
    <message>
        <source>late-payment interest to date</source>
        <translation>les intérêts de retard à ce jour</translation>
    </message>
    <message>
        <source>the fixed recovery indemnities, all invoices</source>
        <translation>les indemnités forfaitaires de recouvrement, toutes factures</translation>
    </message>
    <message>
        <source>the fixed recovery indemnity per invoice</source>
        <translation>l’indemnité forfaitaire de recouvrement par facture</translation>
    </message>
    <message>
        <source>balance + interest + indemnities</source>
        <translation>solde + intérêts + indemnités</translation>
    </message>
    <message>
        <source>the late-payment interest rate in force</source>
        <translation>le taux des intérêts de retard en vigueur</translation>
    </message>
    <message>
        <source>how that rate is set</source>
        <translation>comment ce taux est fixé</translation>
    </message>
    <message>
        <source>the legal basis of the interest</source>
        <translation>le fondement légal des intérêts</translation>
    </message>
    <message>
        <source>the legal basis of the indemnity</source>
        <translation>le fondement légal de l’indemnité</translation>
    </message>
    <message>
        <source>the date by which to pay</source>
        <translation>la date limite de paiement</translation>
    </message>
    <message>
        <source>the number of days given to pay</source>
        <translation>le nombre de jours accordés pour payer</translation>
    </message>
    <message>
        <source>the reference to quote with the payment</source>
        <translation>la référence à rappeler avec le paiement</translation>
    </message>
    <message>
        <source>the registered letter&apos;s number</source>
        <translation>le numéro du recommandé</translation>
    </message>
    <message>
        <source>the dates and means of the earlier reminders</source>
        <translation>les dates et moyens des relances précédentes</translation>
    </message>
    <message>
        <source>the terms agreed with the client, as you typed them</source>
        <translation>les termes convenus avec le client, tels que saisis</translation>
    </message>
    <message>
        <source>table of the invoices: number, date, amount, due date, paid, balance</source>
        <translation>tableau des factures&#xa0;: numéro, date, montant, échéance, réglé, solde</translation>
    </message>
    <message>
        <source>table of the interest by period, with rate and basis, and the totals</source>
        <translation>tableau des intérêts par période, avec taux et fondement, et les totaux</translation>
    </message>
    <message>
        <source>how to pay: IBAN, BIC, reference</source>
        <translation>comment payer&#xa0;: IBAN, BIC, référence</translation>
    </message>
    <message>
        <source>table of the instalments: date and amount</source>
        <translation>tableau des échéances&#xa0;: date et montant</translation>
    </message>
    <message>
        <source>the client is a business</source>
        <translation>le client est un professionnel</translation>
    </message>
    <message>
        <source>the client is a consumer</source>
        <translation>le client est un particulier</translation>
    </message>
    <message>
        <source>French law applies</source>
        <translation>le droit français s’applique</translation>
    </message>
    <message>
        <source>Belgian law applies</source>
        <translation>le droit belge s’applique</translation>
    </message>
    <message>
        <source>the letter covers more than one invoice</source>
        <translation>la lettre concerne plusieurs factures</translation>
    </message>
    <message>
        <source>interest to date is known and above zero</source>
        <translation>les intérêts à ce jour sont connus et positifs</translation>
    </message>
    <message>
        <source>a recovery indemnity is owed</source>
        <translation>une indemnité de recouvrement est due</translation>
    </message>
    <message>
        <source>something was already paid</source>
        <translation>une partie a déjà été réglée</translation>
    </message>
    <message>
        <source>your IBAN is filled in</source>
        <translation>votre IBAN est renseigné</translation>
    </message>
    <message>
        <source>the letter gives a deadline</source>
        <translation>la lettre fixe un délai</translation>
    </message>
    <message>
        <source>the registered letter&apos;s number is known</source>
        <translation>le numéro du recommandé est connu</translation>
    </message>
    <message>
        <source>earlier reminders were sent</source>
        <translation>des relances ont déjà été envoyées</translation>
    </message>
    <message>
        <source>the due date has passed</source>
        <translation>l’échéance est dépassée</translation>
    </message>
    <message>
        <source>unknown condition {if %1}</source>
        <translation>condition inconnue {if %1}</translation>
    </message>
    <message>
        <source>{%1} without a matching {if}</source>
        <translation>{%1} sans {if} correspondant</translation>
    </message>
    <message>
        <source>{%1} can only be used in the [letter] section</source>
        <translation>{%1} ne peut servir que dans la section [letter]</translation>
    </message>
    <message>
        <source>{%1} must stand alone on its line</source>
        <translation>{%1} doit être seul sur sa ligne</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}</source>
        <translation>champ inconnu {%1}</translation>
    </message>
    <message>
        <source>unmatched brace; write {{ or }} for a literal one</source>
        <translation>accolade orpheline&#x202f;; écrivez {{ ou }} pour une accolade littérale</translation>
    </message>
    <message>
        <source>{if} without a matching {end}</source>
        <translation>{if} sans {end} correspondant</translation>
    </message>
    <message>
        <source>a signatory is named in Your company</source>
        <translation>un signataire est indiqué dans Votre entreprise</translation>
    </message>
    <message>
        <source>your company number (SIRET, BCE)</source>
        <translation>votre numéro d’entreprise (SIRET, BCE)</translation>
    </message>
    <message>
        <source>the client&apos;s company number (SIREN/SIRET, BCE)</source>
        <translation>le numéro d’entreprise du client (SIREN/SIRET, BCE)</translation>
    </message>
    <message>
        <source>the client&apos;s name, legal form and company number</source>
        <translation>le nom du client, sa forme juridique et son numéro d’entreprise</translation>
    </message>
    <message>
        <source>the salutation as the closing formula repeats it</source>
        <translation>l’appel tel que la formule de politesse le reprend</translation>
    </message>
    <message>
        <source>&quot;Yours faithfully&quot; or, after a named salutation, &quot;Yours sincerely&quot;</source>
        <translation>«&#xa0;Yours faithfully&#xa0;» ou, après un appel nominatif, «&#xa0;Yours sincerely&#xa0;»</translation>
    </message>
    <message>
        <source>what the invoices are for</source>
        <translation>l’objet des factures</translation>
    </message>
    <message>
        <source>days past the (first) invoice&apos;s due date, with the word</source>
        <translation>les jours écoulés depuis l’échéance de la (première) facture, avec le mot</translation>
    </message>
    <message>
        <source>the days given to pay, with the word (&quot;8 jours&quot;)</source>
        <translation>le délai de paiement, avec le mot («&#xa0;8 jours&#xa0;»)</translation>
    </message>
    <message>
        <source>the estimated day a registered letter is received</source>
        <translation>le jour estimé de réception d’un recommandé</translation>
    </message>
    <message>
        <source>the rule that sets the rate, in words</source>
        <translation>la règle qui fixe le taux, en toutes lettres</translation>
    </message>
    <message>
        <source>the first day interest runs</source>
        <translation>le premier jour où courent les intérêts</translation>
    </message>
    <message>
        <source>the capped compensation a Belgian consumer may owe</source>
        <translation>l’indemnité plafonnée que peut devoir un consommateur belge</translation>
    </message>
    <message>
        <source>the disputed amount, set apart</source>
        <translation>le montant contesté, mis à part</translation>
    </message>
    <message>
        <source>each disputed invoice, with the amount and the reason</source>
        <translation>chaque facture contestée, avec le montant et le motif</translation>
    </message>
    <message>
        <source>the dates of the telephone calls that reached the client</source>
        <translation>les dates des appels qui ont joint le client</translation>
    </message>
    <message>
        <source>the formal notice sent: date, number, receipt</source>
        <translation>la mise en demeure envoyée&#xa0;: date, numéro, réception</translation>
    </message>
    <message>
        <source>the deadline the formal notice gave</source>
        <translation>le délai qu’a donné la mise en demeure</translation>
    </message>
    <message>
        <source>when the broken payment plan was agreed</source>
        <translation>la date de l’échéancier rompu</translation>
    </message>
    <message>
        <source>when it was recorded as broken</source>
        <translation>la date de sa rupture</translation>
    </message>
    <message>
        <source>the court procedure open in the debtor&apos;s country</source>
        <translation>la procédure judiciaire ouverte dans le pays du débiteur</translation>
    </message>
    <message>
        <source>who recovers the claim in the debtor&apos;s country</source>
        <translation>qui recouvre la créance dans le pays du débiteur</translation>
    </message>
    <message>
        <source>the court costs a judge may order, in the debtor&apos;s country</source>
        <translation>les frais de justice qu’un juge peut mettre à charge, dans le pays du débiteur</translation>
    </message>
    <message>
        <source>interest or an indemnity is claimed</source>
        <translation>des intérêts ou une indemnité sont réclamés</translation>
    </message>
    <message>
        <source>a rate is not published yet: interest is claimed by its rule</source>
        <translation>un taux n’est pas encore publié&#xa0;: les intérêts sont réclamés par leur règle</translation>
    </message>
    <message>
        <source>the deadline runs from an estimated receipt</source>
        <translation>le délai court d’une réception estimée</translation>
    </message>
    <message>
        <source>telephone calls reached the client</source>
        <translation>des appels ont joint le client</translation>
    </message>
    <message>
        <source>a formal notice was sent</source>
        <translation>une mise en demeure a été envoyée</translation>
    </message>
    <message>
        <source>the formal notice was received</source>
        <translation>la mise en demeure a été reçue</translation>
    </message>
    <message>
        <source>the formal notice was returned not collected</source>
        <translation>la mise en demeure a été retournée non réclamée</translation>
    </message>
    <message>
        <source>the formal notice&apos;s deadline is known</source>
        <translation>le délai de la mise en demeure est connu</translation>
    </message>
    <message>
        <source>a payment plan was broken</source>
        <translation>un échéancier a été rompu</translation>
    </message>
    <message>
        <source>part of the amount is disputed</source>
        <translation>une partie du montant est contestée</translation>
    </message>
    <message>
        <source>what the invoices are for is known</source>
        <translation>l’objet des factures est connu</translation>
    </message>
    <message>
        <source>the free first reminder a Belgian consumer is owed</source>
        <translation>le premier rappel gratuit dû à un consommateur belge</translation>
    </message>
    <message>
        <source>the contract provides for penalties</source>
        <translation>le contrat prévoit des pénalités</translation>
    </message>
    <message>
        <source>a capped compensation would be owed</source>
        <translation>une indemnité plafonnée serait due</translation>
    </message>
    <message>
        <source>you and the client are in different countries</source>
        <translation>vous et le client êtes dans des pays différents</translation>
    </message>
    <message>
        <source>the client&apos;s contact person is named</source>
        <translation>le contact du client est nommé</translation>
    </message>
    <message>
        <source>the letter shows how the sum it claims is made</source>
        <translation>la lettre détaille la somme qu’elle réclame</translation>
    </message>
    <message>
        <source>the letter was written although its usual premise is missing</source>
        <translation>la lettre a été écrite bien que sa condition habituelle manque</translation>
    </message>
    <message>
        <source>&quot;including VAT&quot; as the reader&apos;s country writes it (TTC, TVAC)</source>
        <translation>«&#xa0;toutes taxes comprises&#xa0;» comme l’écrit le pays du destinataire (TTC, TVAC)</translation>
    </message>
    <message>
        <source>both legal bases, the law named once (&quot;art. 5 et 6&quot;)</source>
        <translation>les deux fondements légaux, la loi nommée une fois («&#xa0;art. 5 et 6&#xa0;»)</translation>
    </message>
    <message>
        <source>the box the debtor signs to agree and acknowledge the debt, after your signature</source>
        <translation>le cadre que le débiteur signe pour accepter et reconnaître la dette, après votre signature</translation>
    </message>
</context>
<context>
    <name>LetterTemplateService</name>
    <message>
        <source>line %1 %2: %3</source>
        <translation>ligne %1 %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>The template has %n problem(s):
%1</source>
        <translation>
            <numerusform>Le modèle a %n problème&#xa0;:
%1</numerusform>
            <numerusform>Le modèle a %n problèmes&#xa0;:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>letters are written in %1, not &quot;%2&quot;</source>
        <translation>les lettres s’écrivent en %1, pas en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Saving the template</source>
        <translation>Enregistrement du modèle</translation>
    </message>
    <message>
        <source>Restoring the template</source>
        <translation>Rétablissement du modèle</translation>
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
    <name>OutputPath</name>
    <message>
        <source>%1 is the book itself (or one of its files): choose another file</source>
        <translation>%1 est la base elle-même (ou l’un de ses fichiers)&#xa0;: choisissez un autre fichier</translation>
    </message>
    <message>
        <source>%1 is inside the book&apos;s archive (%2), which keeps the proof of what was sent: choose another folder</source>
        <translation>%1 est dans l’archive de la base (%2), qui garde la preuve de ce qui a été envoyé&#xa0;: choisissez un autre dossier</translation>
    </message>
    <message>
        <source>%1 is the book itself (or one of its files), not a file to import</source>
        <translation>%1 est la base elle-même (ou l’un de ses fichiers), pas un fichier à importer</translation>
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
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
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
        <translation>mode de paiement inconnu «&#xa0;%1&#xa0;» (au choix&#xa0;: %2)</translation>
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
    <message>
        <source>Deleting the payment</source>
        <translation>Suppression du paiement</translation>
    </message>
    <message>
        <source>Using the credit</source>
        <translation>Imputation de l’avoir</translation>
    </message>
    <message>
        <source>the refund date must be a day that has come</source>
        <translation>la date du remboursement doit être un jour déjà venu</translation>
    </message>
    <message>
        <source>Recording the refund</source>
        <translation>Enregistrement du remboursement</translation>
    </message>
    <message>
        <source>this client has no credit in %1</source>
        <translation>ce client n’a pas d’avoir en %1</translation>
    </message>
</context>
<context>
    <name>PreviewBar</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
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
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot put %1 in place: %2</source>
        <translation>impossible de mettre %1 en place&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
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
        <translation>JSON invalide à la position %1&#xa0;: %2</translation>
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
    <message>
        <source>%1 already has this rate (%2): the published value is kept</source>
        <translation>%1 a déjà ce taux (%2)&#xa0;: la valeur publiée est conservée</translation>
    </message>
    <message>
        <source>give both legal rates of the half-year, or neither</source>
        <translation>indiquez les deux taux légaux du semestre, ou aucun</translation>
    </message>
    <message>
        <source>%1 values carried forward, accepted on %2 while the new rates are unpublished</source>
        <translation>valeurs de %1 reprises, acceptées le %2 en attendant la publication des nouveaux taux</translation>
    </message>
    <message>
        <source>ECB data portal (series FM.B.U2.EUR.4F.KR.MRR_FR.LEV), fetched on %1</source>
        <translation>portail de données de la BCE (série FM.B.U2.EUR.4F.KR.MRR_FR.LEV), lu le %1</translation>
    </message>
</context>
<context>
    <name>RestoreJournal</name>
    <message>
        <source>the restore could not put %1 in place (step %2)</source>
        <translation>la restauration n’a pas pu mettre %1 en place (étape %2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Not late</source>
        <translation>Pas en retard</translation>
    </message>
    <message>
        <source>Good chances if chased now (within 60 days)</source>
        <translation>Bonnes chances si relancée maintenant (moins de 60 jours)</translation>
    </message>
    <message>
        <source>Chances falling (61 to 95 days late)</source>
        <translation>Chances en baisse (61 à 95 jours de retard)</translation>
    </message>
    <message>
        <source>Critical: 70 % of invoices over 95 days late are never recovered</source>
        <translation>Critique&#xa0;: 70&#xa0;% des factures de plus de 95 jours de retard ne sont jamais recouvrées</translation>
    </message>
    <message>
        <source>%1 days from the invoice date, or %2 days end of month</source>
        <translation>%1 jours à compter de la facture, ou %2 jours fin de mois</translation>
    </message>
    <message>
        <source>%1 days from the invoice date</source>
        <translation>%1 jours à compter de la facture</translation>
    </message>
    <message>
        <source>Payment terms of %1 days exceed the legal maximum (%2, %3): the latest lawful due date was %4.</source>
        <translation>Un délai de paiement de %1 jours dépasse le maximum légal (%2, %3)&#xa0;: l’échéance légale la plus tardive était le %4.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no password is stored for %1 in the keyring</source>
        <translation>aucun mot de passe n’est enregistré pour %1 dans le trousseau</translation>
    </message>
    <message>
        <source>no keyring is available (install and unlock GNOME Keyring, KWallet or KeePassXC with its Secret Service): Relance keeps passwords nowhere else (%1)</source>
        <translation>aucun trousseau n’est disponible (installez et déverrouillez GNOME Keyring, KWallet ou KeePassXC avec son Secret Service)&#xa0;: Relance ne garde les mots de passe nulle part ailleurs (%1)</translation>
    </message>
    <message>
        <source>the keyring refused access: %1</source>
        <translation>le trousseau a refusé l’accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>the keyring failed: %1</source>
        <translation>le trousseau a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Saving the settings</source>
        <translation>Enregistrement des réglages</translation>
    </message>
    <message>
        <source>Saving the rates of %1</source>
        <translation>Enregistrement des taux de %1</translation>
    </message>
    <message>
        <source>Removing the rates of %1</source>
        <translation>Suppression des taux de %1</translation>
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
    <name>Smtp</name>
    <message>
        <source>%1 refused the user name or password (or token): %2</source>
        <translation>%1 a refusé l’identifiant ou le mot de passe (ou le jeton)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS: the message was not sent unencrypted (%2)</source>
        <translation>%1 ne propose pas STARTTLS&#xa0;: le message n’a pas été envoyé en clair (%2)</translation>
    </message>
    <message>
        <source>no secure connection with %1: %2</source>
        <translation>pas de connexion sécurisée avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the mail server %1 is unknown (check its name and the network)</source>
        <translation>le serveur de messagerie %1 est inconnu (vérifiez son nom et le réseau)</translation>
    </message>
    <message>
        <source>the mail server %1 does not answer (%2)</source>
        <translation>le serveur de messagerie %1 ne répond pas (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the mail server %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>le serveur de messagerie %1 n’a pas répondu en %n seconde</numerusform>
            <numerusform>le serveur de messagerie %1 n’a pas répondu en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>sending was cancelled before the server accepted the message</source>
        <translation>l’envoi a été annulé avant que le serveur accepte le message</translation>
    </message>
    <message>
        <source>%1 refused the recipient %2: %3</source>
        <translation>%1 a refusé le destinataire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 refused the sender address: %2</source>
        <translation>%1 a refusé l’adresse de l’expéditeur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused the message: %2</source>
        <translation>%1 a refusé le message&#xa0;: %2</translation>
    </message>
    <message>
        <source>sending through %1 failed: %2</source>
        <translation>l’envoi par %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>no mail server is set up (Settings ▸ E-mail)</source>
        <translation>aucun serveur de messagerie n’est configuré (Paramètres ▸ E-mail)</translation>
    </message>
    <message>
        <source>%1 is not on this computer: Relance sends only encrypted (TLS or STARTTLS) to another machine</source>
        <translation>%1 n’est pas sur cet ordinateur&#xa0;: Relance n’envoie à une autre machine que chiffré (TLS ou STARTTLS)</translation>
    </message>
    <message>
        <source>the certificate authority file %1 cannot be read</source>
        <translation>le fichier d’autorité de certification %1 est illisible</translation>
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation>le message n’a pas de destinataire</translation>
    </message>
    <message>
        <source>the mail library could not start</source>
        <translation>la bibliothèque de messagerie n’a pas pu démarrer</translation>
    </message>
</context>
<context>
    <name>StatementService</name>
    <message>
        <source>the statement&apos;s date is missing or invalid</source>
        <translation>la date du relevé manque ou n’est pas valide</translation>
    </message>
    <message>
        <source>client %1 does not exist</source>
        <translation>le client %1 n’existe pas</translation>
    </message>
    <message>
        <source>your company&apos;s name and address print on the statement: fill them in first (Edit &gt; Your company)</source>
        <translation>le nom et l’adresse de votre entreprise figurent sur le relevé&#xa0;: renseignez-les d’abord (Édition &gt; Votre entreprise)</translation>
    </message>
</context>
<context>
    <name>TimelineService</name>
    <message numerus="yes">
        <source>Payment plan agreed: %n instalment(s)</source>
        <translation>
            <numerusform>Échéancier convenu&#xa0;: %n échéance</numerusform>
            <numerusform>Échéancier convenu&#xa0;: %n échéances</numerusform>
        </translation>
    </message>
    <message>
        <source>waived: %1, claimed again if broken</source>
        <translation>abandon&#xa0;: %1, de nouveau réclamés en cas de rupture</translation>
    </message>
    <message>
        <source>waived: %1</source>
        <translation>abandon&#xa0;: %1</translation>
    </message>
    <message>
        <source>interest and indemnity</source>
        <translation>intérêts et indemnité</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>intérêts</translation>
    </message>
    <message>
        <source>indemnity</source>
        <translation>indemnité</translation>
    </message>
    <message>
        <source>Payment plan broken: chasing resumes</source>
        <translation>Échéancier rompu&#xa0;: la relance reprend</translation>
    </message>
    <message>
        <source>Payment plan cancelled</source>
        <translation>Échéancier annulé</translation>
    </message>
    <message>
        <source>Settlement agreed (%1)</source>
        <translation>Accord conclu (%1)</translation>
    </message>
    <message>
        <source>Settlement agreed with %1 (%2)</source>
        <translation>Accord conclu avec %1 (%2)</translation>
    </message>
    <message>
        <source>new due date %1</source>
        <translation>nouvelle échéance le %1</translation>
    </message>
    <message>
        <source>interest waived</source>
        <translation>intérêts abandonnés</translation>
    </message>
    <message>
        <source>indemnity waived</source>
        <translation>indemnité abandonnée</translation>
    </message>
    <message>
        <source>Settlement %1</source>
        <translation>Accord %1</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>Contestée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dispute %1</source>
        <translation>Litige %1</translation>
    </message>
    <message>
        <source>Promise to pay by %1 (%2)</source>
        <translation>Promesse de paiement pour le %1 (%2)</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Facture émise</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>registered no. %1</source>
        <translation>recommandé n° %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>délai au %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçu le %1</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message numerus="yes">
        <source>Printed on %1 — newest first, %n event(s)</source>
        <translation>
            <numerusform>Imprimé le %1 — du plus récent au plus ancien, %n événement</numerusform>
            <numerusform>Imprimé le %1 — du plus récent au plus ancien, %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>le PDF n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>Debt acknowledged in writing by the client: the limitation period restarts</source>
        <translation>Dette reconnue par écrit par le client&#xa0;: le délai de prescription repart</translation>
    </message>
</context>
<context>
    <name>TypedDate</name>
    <message>
        <source>&quot;%1&quot;: there is no month %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: il n’y a pas de mois %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the year is out of range</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: l’année est hors limites</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: day %2 does not exist in %3 %4</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le %2 n’existe pas en %3 %4</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the year with two or four digits</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: écrivez l’année avec deux ou quatre chiffres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (type it as 17/09/2026)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (tapez-la comme 17/09/2026)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: which month is &quot;%2&quot;?</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: quel mois est «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>step done</source>
        <translation>étape faite</translation>
    </message>
    <message>
        <source>payment plan</source>
        <translation>échéancier</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>accord</translation>
    </message>
    <message>
        <source>dispute</source>
        <translation>litige</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>promesse</translation>
    </message>
    <message>
        <source>bank credits</source>
        <translation>crédits bancaires</translation>
    </message>
    <message>
        <source>your company</source>
        <translation>votre entreprise</translation>
    </message>
    <message>
        <source>ladder</source>
        <translation>scénario de relance</translation>
    </message>
</context>
<context>
    <name>UndoLog</name>
    <message>
        <source>Preparing undo</source>
        <translation>Préparation de l’annulation</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Annulation</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relance: chase unpaid invoices.</source>
        <translation>Relance&#xa0;: relancez vos factures impayées.</translation>
    </message>
    <message>
        <source>Act as if today were DATE (for reviews and demos).</source>
        <translation>Faire comme si nous étions le DATE (pour les revues et démonstrations).</translation>
    </message>
    <message>
        <source>Database file to open (default: the one opened last).</source>
        <translation>Base de données à ouvrir (par défaut&#xa0;: la dernière ouverte).</translation>
    </message>
</context>
<context>
    <name>relance::ui::AcknowledgementDialog</name>
    <message>
        <source>Signed acknowledgement of the debt</source>
        <translation>Reconnaissance de dette signée</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&amp;Record the signature</source>
        <translation>&amp;Enregistrer la signature</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signée le&#xa0;:</translation>
    </message>
    <message>
        <source>Record it when the client returns the letter signed &quot;Bon pour accord, reconnaissance de dette&quot; (or any signed writing that admits the debt). Keep the signed paper: the limitation period restarts from the day of the signature, and the Collection tab counts from it.</source>
        <translation>À enregistrer quand le client renvoie la lettre signée «&#xa0;Bon pour accord, reconnaissance de dette&#xa0;» (ou tout écrit signé qui reconnaît la dette). Conservez l’original signé&#xa0;: le délai de prescription repart du jour de la signature, et l’onglet Recouvrement le compte depuis ce jour.</translation>
    </message>
    <message>
        <source>Recording a signed acknowledgement</source>
        <translation>Enregistrement d’une reconnaissance de dette</translation>
    </message>
</context>
<context>
    <name>relance::ui::ActionDialog</name>
    <message>
        <source>invoice %1, %2</source>
        <translation>facture %1, %2</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Noter l’appel</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>What was said or sent, for the file</source>
        <translation>Ce qui a été dit ou envoyé, pour le dossier</translation>
    </message>
    <message>
        <source>e.g. 1A 123 456 7890 1</source>
        <translation>par exemple 1A 123 456 7890 1</translation>
    </message>
    <message>
        <source>Already &amp;received on:</source>
        <translation>Déjà &amp;reçue le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>N° de &amp;suivi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>A note does not move the invoice to its next step.</source>
        <translation>Une note ne fait pas passer la facture à l’étape suivante.</translation>
    </message>
    <message>
        <source>&amp;Will pay by:</source>
        <translation>Paiera &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;No answer&quot; keeps the step for the next working day; a promise waits until the day after its date; &quot;Disputes the invoice&quot; pauses the chase until the dispute is resolved.</source>
        <translation>«&#xa0;Pas de réponse&#xa0;» garde l’étape pour le jour ouvré suivant&#x202f;; une promesse attend le lendemain de sa date&#x202f;; «&#xa0;Conteste la facture&#xa0;» suspend la relance jusqu’au règlement du litige.</translation>
    </message>
    <message>
        <source>Recording a step: %1</source>
        <translation>Enregistrement d’une étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(pour le %1)</translation>
    </message>
    <message>
        <source>(tracking number %1)</source>
        <translation>(n° de suivi %1)</translation>
    </message>
</context>
<context>
    <name>relance::ui::AgreementPanel</name>
    <message>
        <source>Instalments of the plan</source>
        <translation>Échéances de l’échéancier</translation>
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
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Payment &amp;plan…</source>
        <translation>Éché&amp;ancier…</translation>
    </message>
    <message>
        <source>Plan &amp;broken…</source>
        <translation>Éc&amp;héancier rompu…</translation>
    </message>
    <message>
        <source>&amp;Settlement…</source>
        <translation>Acc&amp;ord…</translation>
    </message>
    <message>
        <source>P&amp;romise to pay…</source>
        <translation>&amp;Promesse de paiement…</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>&lt;b&gt;In dispute&lt;/b&gt; since %1: %2 (%3 contested). Chasing waits until it is resolved.</source>
        <translation>&lt;b&gt;En litige&lt;/b&gt; depuis le %1&#xa0;: %2 (%3 contestés). La relance attend son règlement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Promised&lt;/b&gt; to pay by %1 (said on %2): chasing waits until then.</source>
        <translation>&lt;b&gt;Promesse&lt;/b&gt; de paiement pour le %1 (faite le %2)&#xa0;: la relance attend jusque-là.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Promise missed&lt;/b&gt;: payment was promised by %1 (said on %2).</source>
        <translation>&lt;b&gt;Promesse non tenue&lt;/b&gt;&#xa0;: le paiement était promis pour le %1 (promesse du %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payment plan %1&lt;/b&gt; agreed on %2: %3 — %4 paid of %5.</source>
        <translation>&lt;b&gt;Échéancier %1&lt;/b&gt; convenu le %2&#xa0;: %3 — %4 payés sur %5.</translation>
    </message>
    <message>
        <source>Broken on %1.</source>
        <translation>Rompu le %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settlement&lt;/b&gt; of %1%2: %3.</source>
        <translation>&lt;b&gt;Accord&lt;/b&gt; du %1%2&#xa0;: %3.</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> avec %1</translation>
    </message>
    <message>
        <source>No agreement on this invoice: no plan, settlement, dispute or promise.</source>
        <translation>Aucun accord sur cette facture&#xa0;: ni échéancier, ni accord, ni litige, ni promesse.</translation>
    </message>
    <message>
        <source> (deposit)</source>
        <translation> (acompte)</translation>
    </message>
    <message>
        <source>Resol&amp;ve the dispute…</source>
        <translation>Régler &amp;le litige…</translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation>L&amp;itige…</translation>
    </message>
    <message>
        <source>Plan broken</source>
        <translation>Échéancier rompu</translation>
    </message>
    <message>
        <source>Declare payment plan %1 broken today? Chasing resumes at the step where it stood, and the interest and indemnity given up are claimed again if the plan said so.</source>
        <translation>Déclarer l’échéancier %1 rompu aujourd’hui&#x202f;? La relance reprend à l’étape où elle en était, et les intérêts et l’indemnité abandonnés sont de nouveau réclamés si l’échéancier le prévoyait.</translation>
    </message>
    <message>
        <source>Signed ac&amp;knowledgement…</source>
        <translation>Reconnaissance de dette si&amp;gnée…</translation>
    </message>
    <message>
        <source>The client returned the agreement signed &quot;Bon pour accord, reconnaissance de dette&quot;: the limitation period restarts from that day</source>
        <translation>Le client a renvoyé l’accord signé «&#xa0;Bon pour accord, reconnaissance de dette&#xa0;»&#xa0;: le délai de prescription repart de ce jour</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debt acknowledged&lt;/b&gt; in writing by the client on %1: the limitation period runs again from that day.</source>
        <translation>&lt;b&gt;Dette reconnue&lt;/b&gt; par écrit par le client le %1&#xa0;: le délai de prescription court à nouveau depuis ce jour.</translation>
    </message>
    <message>
        <source>Settlement s&amp;tatus</source>
        <translation>É&amp;tat de l’accord</translation>
    </message>
</context>
<context>
    <name>relance::ui::AssignCreditDialog</name>
    <message>
        <source>Split or assign a bank credit</source>
        <translation>Répartir ou affecter un crédit bancaire</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; received on %2 from %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; reçus le %2 de %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>an unnamed payer</source>
        <translation>un payeur sans nom</translation>
    </message>
    <message>
        <source>Search an invoice number or a client</source>
        <translation>Chercher un numéro de facture ou un client</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Open invoices and the share of the credit each receives</source>
        <translation>Factures ouvertes et part du crédit affectée à chacune</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
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
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>The part of the credit that pays this invoice</source>
        <translation>La part du crédit qui règle cette facture</translation>
    </message>
    <message>
        <source>&amp;Record the payment</source>
        <translation>&amp;Enregistrer le paiement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the share must be greater than zero</source>
        <translation>%1&#xa0;: la part doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>Type the share of at least one invoice.</source>
        <translation>Saisissez la part d’au moins une facture.</translation>
    </message>
    <message>
        <source>The shares add up to %1, more than the %2 received.</source>
        <translation>Les parts totalisent %1, plus que les %2 reçus.</translation>
    </message>
    <message numerus="yes">
        <source>The whole %1 is shared among %n invoice(s).</source>
        <translation>
            <numerusform>Les %1 vont entièrement à %n facture.</numerusform>
            <numerusform>Les %1 sont entièrement répartis entre %n factures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shared among %n invoice(s); %2 stays on the payment, unallocated.</source>
        <translation>
            <numerusform>%1 affectés à %n facture&#x202f;; %2 restent sur le paiement, non affectés.</numerusform>
            <numerusform>%1 répartis entre %n factures&#x202f;; %2 restent sur le paiement, non affectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning the credit of %1</source>
        <translation>Affectation du crédit de %1</translation>
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
        <translation>aucune facture trouvée</translation>
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
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Référence du virement</translation>
    </message>
    <message>
        <source>Probably pays</source>
        <translation>Règle sans doute</translation>
    </message>
</context>
<context>
    <name>relance::ui::BankView</name>
    <message>
        <source>CAMT.053/054, OFX, MT940 or your bank&apos;s CSV export. A transaction already imported is never imported twice.</source>
        <translation>CAMT.053/054, OFX, MT940 ou l’export CSV de votre banque. Une opération déjà importée ne l’est jamais deux fois.</translation>
    </message>
    <message>
        <source>Records a payment for every credit whose match is certain: an invoice number and its exact balance, or a plan&apos;s instalment from its client.</source>
        <translation>Enregistre un paiement pour chaque crédit dont le rapprochement est certain&#xa0;: un numéro de facture et son reste dû exact, ou l’échéance d’un échéancier payée par son client.</translation>
    </message>
    <message>
        <source>Bank credits waiting to be matched</source>
        <translation>Crédits bancaires en attente de rapprochement</translation>
    </message>
    <message>
        <source>Invoices this credit probably pays, surest first:</source>
        <translation>Factures que ce crédit règle sans doute, les plus sûres d’abord&#xa0;:</translation>
    </message>
    <message>
        <source>Proposed matches</source>
        <translation>Rapprochements proposés</translation>
    </message>
    <message>
        <source>C&amp;onfirm this match</source>
        <translation>C&amp;onfirmer ce rapprochement</translation>
    </message>
    <message>
        <source>&amp;Split or assign…</source>
        <translation>&amp;Répartir ou affecter…</translation>
    </message>
    <message>
        <source>Show the credits set &amp;aside</source>
        <translation>Affic&amp;her les crédits mis de côté</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) set aside</source>
        <translation>
            <numerusform>%n crédit mis de côté</numerusform>
            <numerusform>%n crédits mis de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bank credit(s) to match</source>
        <translation>
            <numerusform>%n crédit bancaire à rapprocher</numerusform>
            <numerusform>%n crédits bancaires à rapprocher</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Put back to match</source>
        <translation>Re&amp;mettre à rapprocher</translation>
    </message>
    <message>
        <source>Not a client&apos;s payment: set &amp;aside</source>
        <translation>Pas un paiement client&#xa0;: mettre de cô&amp;té</translation>
    </message>
    <message>
        <source>No credit is set aside.</source>
        <translation>Aucun crédit n’est mis de côté.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No bank credit waits to be matched.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import a statement from your bank (CAMT, OFX, MT940 or its CSV export): Relance finds which invoices each credit pays, and you confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun crédit bancaire n’attend de rapprochement.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importez un relevé de votre banque (CAMT, OFX, MT940 ou son export CSV)&#xa0;: Relance trouve les factures que chaque crédit règle, et vous confirmez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 % — %2 — %3</source>
        <translation>%1 % — %2 — %3</translation>
    </message>
    <message>
        <source>No invoice has this amount or is named in the text: use Split or assign.</source>
        <translation>Aucune facture n’a ce montant ni n’est citée dans le libellé&#xa0;: utilisez Répartir ou affecter.</translation>
    </message>
    <message>
        <source>Import bank statements</source>
        <translation>Importer des relevés bancaires</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.camt *.053 *.054 *.ofx *.qfx *.sta *.mt940 *.txt *.csv);;All files (*)</source>
        <translation>Relevés bancaires (*.xml *.camt *.053 *.054 *.ofx *.qfx *.sta *.mt940 *.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Imported from %1: </source>
        <translation>Importé de %1&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>%n new credit(s) to match</source>
        <translation>
            <numerusform>%n nouveau crédit à rapprocher</numerusform>
            <numerusform>%n nouveaux crédits à rapprocher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported before</source>
        <translation>
            <numerusform>%n déjà importé</numerusform>
            <numerusform>%n déjà importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debit(s) left aside.</source>
        <translation>
            <numerusform>%n débit laissé de côté.</numerusform>
            <numerusform>%n débits laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the match</source>
        <translation>Confirmer le rapprochement</translation>
    </message>
    <message>
        <source>Confirm the certain matches</source>
        <translation>Confirmer les rapprochements certains</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n bank credit(s)</source>
        <translation>
            <numerusform>Import de %n crédit bancaire</numerusform>
            <numerusform>Import de %n crédits bancaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment of %1 from the bank</source>
        <translation>Paiement de %1 reçu en banque</translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n certain match(es)</source>
        <translation>
            <numerusform>Confirmation de %n rapprochement sûr</numerusform>
            <numerusform>Confirmation de %n rapprochements sûrs</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting a credit back</source>
        <translation>Remise en place d’un crédit</translation>
    </message>
    <message>
        <source>Setting a credit aside</source>
        <translation>Mise de côté d’un crédit</translation>
    </message>
    <message>
        <source>I&amp;mport a statement…</source>
        <translation>Im&amp;porter un relevé…</translation>
    </message>
    <message>
        <source>Confirm the cer&amp;tain matches</source>
        <translation>Confirmer les rapprochements certai&amp;ns</translation>
    </message>
    <message numerus="yes">
        <source>Confirm the %n cer&amp;tain match(es)</source>
        <translation>
            <numerusform>Confirmer le rapprochement certai&amp;n</numerusform>
            <numerusform>Confirmer les %n rapprochements certai&amp;ns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relance::ui::ClaimPanel</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <source>How the rate was set</source>
        <translation>Origine du taux</translation>
    </message>
    <message>
        <source>Interest breakdown</source>
        <translation>Détail des intérêts</translation>
    </message>
    <message>
        <source>Chasing</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>&amp;Mark as done…</source>
        <translation>&amp;Marquer comme fait…</translation>
    </message>
    <message>
        <source>Add a no&amp;te…</source>
        <translation>&amp;Ajouter une note…</translation>
    </message>
    <message>
        <source>Record the rec&amp;eipt…</source>
        <translation>Noter la récep&amp;tion…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>N° de suivi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>contractual, %1</source>
        <translation>contractuel, %1</translation>
    </message>
    <message>
        <source>the legal default</source>
        <translation>le taux légal par défaut</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owed on %1:&lt;/b&gt; balance %2 + interest %3 + indemnity %4 = &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dû au %1 :&lt;/b&gt; reste dû %2 + intérêts %3 + indemnité %4 = &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Balance on %1:&lt;/b&gt; %2. No interest figure: %3</source>
        <translation>&lt;b&gt;Reste dû au %1 :&lt;/b&gt; %2. Pas de calcul d’intérêts&#xa0;: %3</translation>
    </message>
    <message>
        <source>The limitation period ended on %1 (%2): a court claim is no longer possible.</source>
        <translation>La prescription est acquise depuis le %1 (%2)&#xa0;: une action en justice n’est plus possible.</translation>
    </message>
    <message numerus="yes">
        <source>The limitation period ends on %1, in %n day(s) (%2): only an acknowledgement of the debt or a court claim interrupts it.</source>
        <translation>
            <numerusform>La prescription sera acquise le %1, dans %n jour (%2)&#xa0;: seule une reconnaissance de dette ou une action en justice l’interrompt.</numerusform>
            <numerusform>La prescription sera acquise le %1, dans %n jours (%2)&#xa0;: seule une reconnaissance de dette ou une action en justice l’interrompt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery risk: %1. Limitation: claims must be brought by %2.</source>
        <translation>Risque&#xa0;: %1. Prescription&#xa0;: agir en justice avant le %2.</translation>
    </message>
    <message>
        <source>Paid.</source>
        <translation>Payée.</translation>
    </message>
    <message>
        <source>Nothing more to do: the invoice is paid.</source>
        <translation>Plus rien à faire&#xa0;: la facture est payée.</translation>
    </message>
    <message>
        <source>Chasing is paused (%1). Set &quot;Chasing&quot; back to &quot;Being chased&quot; on the invoice to resume.</source>
        <translation>Relance en pause (%1). Remettez «&#xa0;Relance&#xa0;» sur «&#xa0;En relance&#xa0;» dans la facture pour reprendre.</translation>
    </message>
    <message>
        <source>Every step of the ladder &quot;%1&quot; is done.</source>
        <translation>Toutes les étapes de l’échelle «&#xa0;%1&#xa0;» sont faites.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Receipt of the registered letter</source>
        <translation>Réception de la lettre recommandée</translation>
    </message>
    <message>
        <source>Received (or first presented) on:</source>
        <translation>Reçue (ou première présentation) le&#xa0;:</translation>
    </message>
    <message>
        <source>Receipt not recorded</source>
        <translation>Réception non enregistrée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; %1, planned %2 — ladder &quot;%3&quot;, step %4 of %5</source>
        <translation>&lt;b&gt;Étape suivante :&lt;/b&gt; %1, prévue le %2 — échelle «&#xa0;%3&#xa0;», étape %4 sur %5</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Lettres envoyées</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Registered number</source>
        <translation>N° de recommandé</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>À payer avant le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation>Ouvrir le &amp;PDF</translation>
    </message>
    <message>
        <source>Registered letter&apos;s &amp;fate…</source>
        <translation>Suivi &amp;du recommandé…</translation>
    </message>
    <message>
        <source>Registered letter of %1</source>
        <translation>Recommandé du %1</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Not collected (first presented)</source>
        <translation>Non retiré (première présentation)</translation>
    </message>
    <message>
        <source>Choose the scan…</source>
        <translation>Choisir le scan…</translation>
    </message>
    <message>
        <source>Scan of the receipt card</source>
        <translation>Scan de l’avis de réception</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>Images et PDF (*.png *.jpg *.jpeg *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Registered &amp;number:</source>
        <translation>&amp;Numéro du recommandé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>Ce qui &amp;s’est passé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>L&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Receipt card:</source>
        <translation>Avis de réception&#xa0;:</translation>
    </message>
    <message>
        <source>The deadline the letter gave runs from this date; it is recomputed.</source>
        <translation>Le délai donné par la lettre court à partir de cette date&#x202f;; il est recalculé.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Disputed: chasing waits until the dispute is resolved (Agreements tab).</source>
        <translation>Contestée&#xa0;: la relance attend le règlement du litige (onglet Accords).</translation>
    </message>
    <message>
        <source>Paid by instalments: the ladder waits while the payment plan is kept (Agreements tab).</source>
        <translation>Payée par échéances&#xa0;: le scénario de relance attend tant que l’échéancier est respecté (onglet Accords).</translation>
    </message>
    <message>
        <source>(the client promised to pay by %1)</source>
        <translation>(le client a promis de payer le %1 au plus tard)</translation>
    </message>
    <message>
        <source>chosen for this client&apos;s contracts</source>
        <translation>choisie pour les contrats de ce client</translation>
    </message>
    <message>
        <source>your company&apos;s country, the service provider&apos;s law (Rome I art. 4)</source>
        <translation>pays de votre entreprise, loi du prestataire (Rome I, art. 4)</translation>
    </message>
    <message>
        <source>the legal default: the contractual %1 is under the legal floor (L441-10 II) and does not apply</source>
        <translation>le taux légal par défaut&#xa0;: le taux contractuel de %1 est inférieur au plancher légal (L441-10 II) et ne s’applique pas</translation>
    </message>
    <message>
        <source>Law: %1 (%2). Late-payment rate: %3.</source>
        <translation>Loi&#xa0;: %1 (%2). Taux de retard&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No penalty clause: legal interest only, no compensation (CDE XIX.4).</source>
        <translation>Sans clause pénale&#xa0;: intérêt légal seulement, pas d’indemnité (CDE XIX.4).</translation>
    </message>
    <message>
        <source>The client lives abroad (%1): letters name the procedures of that country or the European ones.</source>
        <translation>Le client réside à l’étranger (%1)&#xa0;: les lettres citent les procédures de ce pays ou les procédures européennes.</translation>
    </message>
    <message>
        <source>Write &amp;a letter…</source>
        <translation>Écrire une &amp;lettre…</translation>
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
        <source>e.g. FR40123456789</source>
        <translation>par ex. FR40123456789</translation>
    </message>
    <message>
        <source>Consumer (private individual): no 40 € indemnity, different rules</source>
        <translation>Particulier (consommateur)&#xa0;: pas d’indemnité de 40&#xa0;€, règles différentes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>empty: the legal default</source>
        <translation>vide&#xa0;: le taux légal par défaut</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Forme juridique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;N° de TVA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-mai&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;tact person:</source>
        <translation>&amp;Interlocuteur&#xa0;:</translation>
    </message>
    <message>
        <source>Payment ter&amp;ms:</source>
        <translation>&amp;Délai de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Contractual penalty &amp;rate (%):</source>
        <translation>Tau&amp;x de pénalité contractuel (%)&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pourcentage</translation>
    </message>
    <message>
        <source>Co&amp;untry code:</source>
        <translation>Code pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>The default ladder (%1)</source>
        <translation>L’échelle par défaut (%1)</translation>
    </message>
    <message>
        <source>Escalation la&amp;dder:</source>
        <translation>Éc&amp;helle de relance&#xa0;:</translation>
    </message>
    <message>
        <source>New client %1</source>
        <translation>Nouveau client %1</translation>
    </message>
    <message>
        <source>Changes to client %1</source>
        <translation>Modification du client %1</translation>
    </message>
    <message>
        <source>&amp;Use against open invoices</source>
        <translation>Imputer &amp;sur les factures ouvertes</translation>
    </message>
    <message>
        <source>&amp;Refunded today</source>
        <translation>&amp;Remboursé aujourd’hui</translation>
    </message>
    <message>
        <source>Credit: %1, from credit notes worth more than the client owed.</source>
        <translation>Avoir&#xa0;: %1, d’avoirs supérieurs à ce que devait le client.</translation>
    </message>
    <message>
        <source>the credit could not be used</source>
        <translation>l’avoir n’a pas pu être imputé</translation>
    </message>
    <message>
        <source>Record that %1&apos;s credit was paid back to them today?

%2</source>
        <translation>Enregistrer que l’avoir de %1 lui a été remboursé aujourd’hui&#xa0;?

%2</translation>
    </message>
    <message>
        <source>France: 9 or 14 digits; Belgium: 0456.789.133</source>
        <translation>France&#xa0;: 9 ou 14 chiffres&#xa0;; Belgique&#xa0;: 0456.789.133</translation>
    </message>
    <message>
        <source>Your company&apos;s country (default)</source>
        <translation>Pays de votre entreprise (par défaut)</translation>
    </message>
    <message>
        <source>French law</source>
        <translation>Loi française</translation>
    </message>
    <message>
        <source>Belgian law</source>
        <translation>Loi belge</translation>
    </message>
    <message>
        <source>Default: yes for a business, no for a consumer</source>
        <translation>Par défaut&#xa0;: oui pour un professionnel, non pour un consommateur</translation>
    </message>
    <message>
        <source>Yes, the contract provides for late-payment penalties</source>
        <translation>Oui, le contrat prévoit des pénalités de retard</translation>
    </message>
    <message>
        <source>No penalty clause</source>
        <translation>Pas de clause pénale</translation>
    </message>
    <message>
        <source>&amp;Governing law:</source>
        <translation>Loi a&amp;pplicable&#xa0;:</translation>
    </message>
    <message>
        <source>Company number (&amp;SIREN/SIRET, BCE):</source>
        <translation>N° d’&amp;entreprise (SIREN/SIRET, BCE)&#xa0;:</translation>
    </message>
    <message>
        <source>Penalty &amp;clause:</source>
        <translation>Cla&amp;use pénale&#xa0;:</translation>
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
    <message>
        <source>Client &amp;sheet…</source>
        <translation>Fic&amp;he client…</translation>
    </message>
    <message>
        <source>The selected client&apos;s invoices, payments, letters, agreements, contact and history, and its statement of account (or double-click the client).</source>
        <translation>Les factures, paiements, courriers, accords, coordonnées et l’historique du client sélectionné, et son relevé de compte (ou double-cliquez sur le client).</translation>
    </message>
</context>
<context>
    <name>relance::ui::ClientSheetDialog</name>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Factures</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Paiements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Montant réclamé</translation>
    </message>
    <message>
        <source>Registered number</source>
        <translation>N° de recommandé</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Courriers</translation>
    </message>
    <message>
        <source>Double-click a letter to open the PDF that was sent.</source>
        <translation>Double-cliquez sur un courrier pour ouvrir le PDF envoyé.</translation>
    </message>
    <message>
        <source>The letter&apos;s file cannot be opened: %1</source>
        <translation>Le fichier du courrier ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Conclu le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>Acc&amp;ords</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>Coordonnée&amp;s</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Statement of account…</source>
        <translation>&amp;Relevé de compte…</translation>
    </message>
    <message>
        <source>The client&apos;s open invoices and payments of the past year, to print or save as PDF.</source>
        <translation>Les factures ouvertes du client et ses règlements de l’année écoulée, à imprimer ou enregistrer en PDF.</translation>
    </message>
    <message>
        <source>&amp;Edit the client…</source>
        <translation>&amp;Modifier le client…</translation>
    </message>
    <message>
        <source>Client sheet: %1</source>
        <translation>Fiche client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Owes nothing today.</source>
        <translation>Ne doit rien à ce jour.</translation>
    </message>
    <message>
        <source>Outstanding: %1, none of it overdue.</source>
        <translation>Encours&#xa0;: %1, rien n’est encore échu.</translation>
    </message>
    <message>
        <source>Outstanding: %1, of which overdue: %2.</source>
        <translation>Encours&#xa0;: %1, dont en retard&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Broken on %1</source>
        <translation>Rompu le %1</translation>
    </message>
    <message>
        <source>Cancelled on %1</source>
        <translation>Annulé le %1</translation>
    </message>
    <message numerus="yes">
        <source>Payment plan, %n instalment(s)</source>
        <translation>
            <numerusform>Échéancier, %n échéance</numerusform>
            <numerusform>Échéancier, %n échéances</numerusform>
        </translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Accord amiable</translation>
    </message>
    <message>
        <source>Settlement with %1</source>
        <translation>Accord amiable avec %1</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Interlocuteur&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Adresse postale&#xa0;:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Délai de paiement&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
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
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Encours</translation>
    </message>
</context>
<context>
    <name>relance::ui::CollectionSettingsDialog</name>
    <message>
        <source>Collection settings</source>
        <translation>Réglages de relance</translation>
    </message>
    <message>
        <source>&amp;Ladders</source>
        <translation>É&amp;chelles</translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation>&amp;Taux</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>L&amp;adder:</source>
        <translation>Éc&amp;helle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New ladder…</source>
        <translation>&amp;Nouvelle échelle…</translation>
    </message>
    <message>
        <source>&amp;Delete ladder</source>
        <translation>&amp;Supprimer l’échelle</translation>
    </message>
    <message>
        <source>Steps of the ladder</source>
        <translation>Étapes de l’échelle</translation>
    </message>
    <message>
        <source>Letter or message</source>
        <translation>Lettre ou message</translation>
    </message>
    <message>
        <source>Own name</source>
        <translation>Nom personnalisé</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Kind of days</source>
        <translation>Type de jours</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Deadline to pay</source>
        <translation>Délai pour payer</translation>
    </message>
    <message>
        <source>Add a s&amp;tep</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>Reti&amp;rer l’étape</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Save ladder</source>
        <translation>Enregistrer &amp;l’échelle</translation>
    </message>
    <message>
        <source>Rates per half-year</source>
        <translation>Taux par semestre</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>ECB rate</source>
        <translation>Taux BCE</translation>
    </message>
    <message>
        <source>France B2B default</source>
        <translation>France B2B par défaut</translation>
    </message>
    <message>
        <source>Legal rate (private person)</source>
        <translation>Taux légal (particulier)</translation>
    </message>
    <message>
        <source>Legal rate (other cases)</source>
        <translation>Taux légal (autres cas)</translation>
    </message>
    <message>
        <source>Belgium B2B</source>
        <translation>Belgique B2B</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Add a half-year…</source>
        <translation>A&amp;jouter un semestre…</translation>
    </message>
    <message>
        <source>&amp;Use the last known rates for the next half-year…</source>
        <translation>Reprendre &amp;les derniers taux connus pour le semestre suivant…</translation>
    </message>
    <message>
        <source>The client&apos;s country and the &quot;consumer&quot; box choose the law that applies. Profiles ship with Relance as data (profiles.json).</source>
        <translation>Le pays du client et la case «&#xa0;particulier&#xa0;» choisissent le droit applicable. Les profils sont fournis avec Relance sous forme de données (profiles.json).</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <source>Fixed indemnity</source>
        <translation>Indemnité forfaitaire</translation>
    </message>
    <message>
        <source>Longest terms</source>
        <translation>Délai maximal</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>legal rate, from the formal notice</source>
        <translation>taux légal, à partir de la mise en demeure</translation>
    </message>
    <message>
        <source>ECB + %1 points (at most), %2 days after the first reminder</source>
        <translation>BCE + %1 points (au plus), %2 jours après le premier rappel</translation>
    </message>
    <message>
        <source>ECB + %1 points, from the day after the due date</source>
        <translation>BCE + %1 points, dès le lendemain de l’échéance</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source> per invoice</source>
        <translation> par facture</translation>
    </message>
    <message>
        <source>scale, at most %1</source>
        <translation>barème, au plus %1</translation>
    </message>
    <message>
        <source>no legal maximum</source>
        <translation>pas de maximum légal</translation>
    </message>
    <message>
        <source>%1 days, or %2 days end of month</source>
        <translation>%1 jours, ou %2 jours fin de mois</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Divide by 366 in leap years (365 otherwise; sources differ)</source>
        <translation>Diviser par 366 les années bissextiles (365 sinon&#xa0;; les sources divergent)</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>France, Alsace-Moselle (Good Friday, 26 December)</source>
        <translation>France, Alsace-Moselle (Vendredi saint, 26 décembre)</translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation>Intérêts&#xa0;:</translation>
    </message>
    <message>
        <source>Public &amp;holidays:</source>
        <translation>&amp;Jours fériés&#xa0;:</translation>
    </message>
    <message>
        <source>New ladder</source>
        <translation>Nouvelle échelle</translation>
    </message>
    <message>
        <source>Name of the new ladder:</source>
        <translation>Nom de la nouvelle échelle&#xa0;:</translation>
    </message>
    <message>
        <source>Delete ladder</source>
        <translation>Supprimer l’échelle</translation>
    </message>
    <message>
        <source>Delete the ladder &quot;%1&quot;? Its clients will follow the default ladder.</source>
        <translation>Supprimer l’échelle «&#xa0;%1&#xa0;»&#xa0;? Ses clients suivront l’échelle par défaut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rates of %1 are not in the table.&lt;/b&gt; Interest for days after %2 cannot be computed until you add them (from the Journal officiel and the ECB), or accept to use the last known ones.</source>
        <translation>&lt;b&gt;Les taux de %1 ne sont pas dans la table.&lt;/b&gt; Les intérêts des jours après le %2 ne peuvent pas être calculés tant que vous ne les ajoutez pas (Journal officiel et BCE), ou que vous n’acceptez pas de reprendre les derniers connus.</translation>
    </message>
    <message>
        <source>The table is up to date for %1.</source>
        <translation>La table est à jour pour %1.</translation>
    </message>
    <message>
        <source>added by you: %1</source>
        <translation>ajouté par vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>shipped with Relance</source>
        <translation>fourni avec Relance</translation>
    </message>
    <message>
        <source>Add a half-year of rates</source>
        <translation>Ajouter les taux d’un semestre</translation>
    </message>
    <message>
        <source>e.g. Journal officiel, 24 December 2026</source>
        <translation>par exemple Journal officiel du 24 décembre 2026</translation>
    </message>
    <message>
        <source>&amp;Half-year:</source>
        <translation>Se&amp;mestre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ECB rate on its first day (%):</source>
        <translation>Taux &amp;BCE le premier jour (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Legal rate, &amp;private person (%):</source>
        <translation>T&amp;aux légal, particulier (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Legal rate, &amp;other cases (%):</source>
        <translation>Ta&amp;ux légal, autres cas (%)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Belgium B2B rate (%):</source>
        <translation>Taux belge B2B (%)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>not a half-year such as 2026-H2</source>
        <translation>pas un semestre comme 2026-H2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate such as 2,15</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un taux comme 2,15</translation>
    </message>
    <message>
        <source>Use the last known rates</source>
        <translation>Reprendre les derniers taux connus</translation>
    </message>
    <message>
        <source>The rates of %1 will be used for %2 until you replace them with the published ones. Figures for %2 may then change slightly. Continue?</source>
        <translation>Les taux de %1 seront utilisés pour %2 jusqu’à ce que vous les remplaciez par les taux publiés. Les montants de %2 pourront alors changer légèrement. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>L&amp;etters</source>
        <translation>L&amp;ettres</translation>
    </message>
    <message>
        <source>France (French law)</source>
        <translation>France (droit français)</translation>
    </message>
    <message>
        <source>Belgium (Belgian law)</source>
        <translation>Belgique (droit belge)</translation>
    </message>
    <message>
        <source>New clients&apos; &amp;country:</source>
        <translation>Pays &amp;des nouveaux clients&#xa0;:</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, étape %2</translation>
    </message>
    <message>
        <source>Legal profiles</source>
        <translation>Profils juridiques</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after a number</comment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>before the due date</source>
        <translation>avant l’échéance</translation>
    </message>
    <message>
        <source>A step ahead of the due date (a courtesy reminder) counts “before the due date”. A formal notice usually counts from the receipt of the registered letter before it; a hand-over from the deadline it gave.</source>
        <translation>Une étape qui précède l’échéance (un rappel de courtoisie) se compte «&#xa0;avant l’échéance&#xa0;». Une mise en demeure compte en général depuis la réception du recommandé qui la précède&#x202f;; une transmission au recouvrement depuis le délai qu’elle a fixé.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>De&amp;fault ladder for new clients:</source>
        <translation>Éc&amp;helle par défaut des clients&#xa0;:</translation>
    </message>
    <message>
        <source>Up&amp;date the ECB rate</source>
        <translation>&amp;Mettre à jour le taux BCE</translation>
    </message>
    <message>
        <source>Reads the ECB main refinancing rate from the ECB&apos;s data portal and adds the half-years it now covers. A published rate is never replaced.</source>
        <translation>Lit le taux de refinancement de la BCE sur le portail de données de la BCE et ajoute les semestres qu’il couvre désormais. Un taux publié n’est jamais remplacé.</translation>
    </message>
    <message>
        <source>%1: ECB rate %2, in force on %3.</source>
        <translation>%1&#xa0;: taux BCE %2, en vigueur le %3.</translation>
    </message>
    <message>
        <source>Nothing new: the ECB series, read up to %1, adds no half-year.</source>
        <translation>Rien de nouveau&#xa0;: la série de la BCE, lue jusqu’au %1, n’ajoute aucun semestre.</translation>
    </message>
    <message>
        <source>ECB rate update</source>
        <translation>Mise à jour du taux BCE</translation>
    </message>
</context>
<context>
    <name>relance::ui::CsvImportWizard</name>
    <message>
        <source>Import invoices from a CSV file</source>
        <translation>Importer des factures d’un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV, from your invoicing tool or your own table.</source>
        <translation>Un tableau enregistré en CSV, venant de votre logiciel de facturation ou de votre propre tableur.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>The columns</source>
        <translation>Les colonnes</translation>
    </message>
    <message>
        <source>Which column holds what. Relance guessed from the headers and the values; every row is checked before anything is written.</source>
        <translation>Quelle colonne contient quoi. Relance l’a deviné d’après les en-têtes et les valeurs&#x202f;; chaque ligne est vérifiée avant que rien ne soit écrit.</translation>
    </message>
    <message>
        <source>Comma (1 234,56)</source>
        <translation>Virgule (1 234,56)</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>Point (1,234.56)</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>Séparateur décimal&#xa0;:</translation>
    </message>
    <message>
        <source>Dates written:</source>
        <translation>Dates écrites&#xa0;:</translation>
    </message>
    <message>
        <source>Create the clients Relance does not know</source>
        <translation>Créer les clients que Relance ne connaît pas</translation>
    </message>
    <message>
        <source>Problems found, by line and column</source>
        <translation>Problèmes trouvés, par ligne et colonne</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>Importer des factures</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) · encoding %1 · columns separated by “%2”</source>
        <translation>
            <numerusform>%n ligne · encodage %1 · colonnes séparées par «&#xa0;%2&#xa0;»</numerusform>
            <numerusform>%n lignes · encodage %1 · colonnes séparées par «&#xa0;%2&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— absent du fichier —</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s) to fix in the file or the columns:&lt;/b&gt; nothing will be imported until every row reads.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problème à corriger dans le fichier ou les colonnes&#xa0;:&lt;/b&gt; rien ne sera importé tant que chaque ligne ne se lit pas.</numerusform>
            <numerusform>&lt;b&gt;%n problèmes à corriger dans le fichier ou les colonnes&#xa0;:&lt;/b&gt; rien ne sera importé tant que chaque ligne ne se lit pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every invoice of this file is already in Relance (%n unchanged).</source>
        <translation>
            <numerusform>Toutes les factures de ce fichier sont déjà dans Relance (%n inchangée).</numerusform>
            <numerusform>Toutes les factures de ce fichier sont déjà dans Relance (%n inchangées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n invoice(s) to add</source>
        <translation>
            <numerusform>Prêt&#xa0;: %n facture à ajouter</numerusform>
            <numerusform>Prêt&#xa0;: %n factures à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présente</numerusform>
            <numerusform>%n déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s).</source>
        <translation>
            <numerusform>%n nouveau client.</numerusform>
            <numerusform>%n nouveaux clients.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n invoice(s)</source>
        <translation>
            <numerusform>Import de %n facture</numerusform>
            <numerusform>Import de %n factures</numerusform>
        </translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label in a form</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Reload the file</source>
        <translation>&amp;Relire le fichier</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it in your spreadsheet</source>
        <translation>Relire le fichier, après l’avoir corrigé dans votre tableur</translation>
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
        <translation>Aucune facture en retard&#xa0;: rien à relancer aujourd’hui.</translation>
    </message>
    <message>
        <source>Receivables on %1</source>
        <translation>Créances au %1</translation>
    </message>
    <message>
        <source>%1 outstanding, %2 overdue</source>
        <translation>%1 d’encours, %2 en retard</translation>
    </message>
    <message>
        <source>Other currencies: %1</source>
        <translation>Autres devises&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message>
        <source>Promised this week</source>
        <translation>Promis cette semaine</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Échéanciers</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>En litige</translation>
    </message>
    <message>
        <source>%1 on track · %2 late</source>
        <translation>%1 à jour · %2 en retard</translation>
    </message>
    <message>
        <source>Balance of the disputed invoices; %1 of it is contested. They are not chased until the dispute is resolved.</source>
        <translation>Solde des factures contestées, dont %1 contestés. Elles ne sont pas relancées avant le règlement du litige.</translation>
    </message>
    <message>
        <source>At risk (over 60 days late)</source>
        <translation>À risque (plus de 60 jours de retard)</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>Encaissé ce mois-ci</translation>
    </message>
    <message>
        <source>To do today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message>
        <source>Days late, on average</source>
        <translation>Jours de retard, en moyenne</translation>
    </message>
    <message>
        <source>DSO (12 months)</source>
        <translation>DSO (12 mois)</translation>
    </message>
    <message>
        <source>How many days after their due date the invoices settled in the last 12 months were paid, on average (0 for those paid on time).</source>
        <translation>Combien de jours après leur échéance les factures soldées ces 12 derniers mois ont été payées, en moyenne (0 pour celles payées à temps).</translation>
    </message>
    <message>
        <source>Days sales outstanding: what is owed today, divided by what was invoiced in the last 12 months, times 365. The lower, the faster you are paid.</source>
        <translation>Délai moyen de recouvrement (DSO)&#xa0;: ce qui est dû aujourd’hui, divisé par ce qui a été facturé ces 12 derniers mois, multiplié par 365. Plus il est bas, plus vous êtes payé vite.</translation>
    </message>
    <message>
        <source>Payments received since the first of the month (credit notes are not counted).</source>
        <translation>Paiements reçus depuis le premier du mois (les avoirs ne comptent pas).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clients who owe the most overdue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clients qui doivent le plus en retard&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoiced and collected, last 12 months&lt;/b&gt;</source>
        <translation>&lt;b&gt;Facturé et encaissé, 12 derniers mois&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Invoiced and collected per month</source>
        <translation>Facturé et encaissé par mois</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>invoices settled in 12 months</source>
        <translation>factures soldées sur 12 mois</translation>
    </message>
    <message>
        <source>days of sales owed</source>
        <translation>jours de chiffre d’affaires dus</translation>
    </message>
    <message numerus="yes">
        <source>%n active plan(s)</source>
        <translation>
            <numerusform>%n échéancier en cours</numerusform>
            <numerusform>%n échéanciers en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; — %3, %n invoice(s), the oldest %4 days late</source>
        <translation>
            <numerusform>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; — %3, %n facture, en retard de %4 jours</numerusform>
            <numerusform>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; — %3, %n factures, la plus ancienne en retard de %4 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No client owes anything overdue.</source>
        <translation>Aucun client ne doit rien en retard.</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice yet. Add your unpaid invoices with Invoice ▸ New invoice (Ctrl+N), or File ▸ Import invoices from a CSV file (Ctrl+I).</source>
        <translation>Aucune facture pour l’instant. Ajoutez vos factures impayées avec Facture ▸ Nouvelle facture (Ctrl+N), ou Fichier ▸ Importer des factures d’un fichier CSV (Ctrl+I).</translation>
    </message>
    <message numerus="yes">
        <source>You owe %n client(s) %1 of credit notes worth more than they owed: use it against their next invoices or refund it (Client ▸ the client).</source>
        <translation>
            <numerusform>Vous devez %1 à %n client, d’avoirs supérieurs à ce qu’il devait&#xa0;: imputez-les sur ses prochaines factures ou remboursez-les (Client ▸ le client).</numerusform>
            <numerusform>Vous devez %1 à %n clients, d’avoirs supérieurs à ce qu’ils devaient&#xa0;: imputez-les sur leurs prochaines factures ou remboursez-les (Client ▸ le client).</numerusform>
        </translation>
    </message>
    <message>
        <source>not enough history yet (%1 invoices over %2 days)</source>
        <translation>pas encore assez d’historique (%1 factures sur %2 jours)</translation>
    </message>
    <message>
        <source>nothing invoiced in 12 months</source>
        <translation>rien de facturé en 12 mois</translation>
    </message>
</context>
<context>
    <name>relance::ui::DateField</name>
    <message>
        <source>e.g. %1</source>
        <translation>p.&#xa0;ex. %1</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>the date cannot be before %1</source>
        <translation>la date ne peut pas être antérieure au %1</translation>
    </message>
    <message>
        <source>the date cannot be after %1</source>
        <translation>la date ne peut pas être postérieure au %1</translation>
    </message>
</context>
<context>
    <name>relance::ui::DisputeDialog</name>
    <message>
        <source>The client disputes the invoice</source>
        <translation>Le client conteste la facture</translation>
    </message>
    <message>
        <source>&amp;Open the dispute</source>
        <translation>&amp;Ouvrir le litige</translation>
    </message>
    <message>
        <source>e.g. hours billed for the second week</source>
        <translation>par ex. heures facturées pour la deuxième semaine</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What is contested:</source>
        <translation>&amp;Ce qui est contesté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount contested:</source>
        <translation>&amp;Montant contesté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>The invoice leaves the agenda until the dispute is resolved.</source>
        <translation>La facture sort de l’agenda jusqu’au règlement du litige.</translation>
    </message>
    <message>
        <source>Opening a dispute</source>
        <translation>Ouverture d’un litige</translation>
    </message>
</context>
<context>
    <name>relance::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Relance</source>
        <translation>Bienvenue dans Relance</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Relance tells you every morning which invoices are overdue, how much money is at risk and what to do today — a friendly e-mail, a call, a reminder letter, a formal notice — and writes it with you.</source>
        <translation>Relance vous dit chaque matin quelles factures sont en retard, combien d’argent est en jeu et quoi faire aujourd’hui — un e-mail aimable, un appel, une lettre de relance, une mise en demeure — et l’écrit avec vous.</translation>
    </message>
    <message>
        <source>&amp;Set up my own book (two short pages)</source>
        <translation>&amp;Préparer mon propre dossier (deux courtes pages)</translation>
    </message>
    <message>
        <source>&amp;Explore first with demo data: a freelancer&apos;s 18 months, with late payers</source>
        <translation>&amp;Découvrir d’abord avec des données de démonstration&#xa0;: 18 mois d’un indépendant, avec des retardataires</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>How to chase</source>
        <translation>Comment relancer</translation>
    </message>
    <message>
        <source>The steps Relance plans after an invoice&apos;s due date, and the law that applies. Each client can have its own later.</source>
        <translation>Les étapes que Relance prévoit après l’échéance d’une facture, et le droit qui s’applique. Chaque client pourra avoir les siennes.</translation>
    </message>
    <message>
        <source>&amp;Reminder ladder:</source>
        <translation>Éc&amp;helle de relance&#xa0;:</translation>
    </message>
    <message>
        <source>Standard: a courtesy e-mail before the due date, reminders, a call, a registered reminder, then the formal notice. Gentle freelancer: the same with more patience between steps.</source>
        <translation>Standard&#xa0;: un e-mail de courtoisie avant l’échéance, des relances, un appel, une relance recommandée, puis la mise en demeure. Indépendant conciliant&#xa0;: les mêmes avec plus de patience entre les étapes.</translation>
    </message>
    <message>
        <source>France (French law)</source>
        <translation>France (droit français)</translation>
    </message>
    <message>
        <source>Belgium (Belgian law)</source>
        <translation>Belgique (droit belge)</translation>
    </message>
    <message>
        <source>Most of my &amp;clients are in:</source>
        <translation>La plupart de mes &amp;clients sont en&#xa0;:</translation>
    </message>
    <message>
        <source>I work in Alsace or Moselle (Good Friday and 26 December are holidays)</source>
        <translation>Je travaille en Alsace ou en Moselle (Vendredi saint et 26 décembre fériés)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>C’est prêt</translation>
    </message>
    <message>
        <source>These details head every letter and tell your clients how to pay you. Your name, address and IBAN are needed now; the rest can wait (Edit ▸ Your company).</source>
        <translation>Ces informations figurent en tête de chaque lettre et indiquent à vos clients comment vous payer. Votre nom, votre adresse et votre IBAN sont nécessaires maintenant&#x202f;; le reste peut attendre (Édition ▸ Votre entreprise).</translation>
    </message>
    <message>
        <source>Now bring in your unpaid invoices. Then open Today each morning: it lists the steps due, and writes the letters with you.</source>
        <translation>Ajoutez maintenant vos factures impayées. Ouvrez ensuite Aujourd’hui chaque matin&#xa0;: la page liste les étapes du jour et écrit les lettres avec vous.</translation>
    </message>
    <message>
        <source>One invoice and its client, typed in (Invoice ▸ New invoice, Ctrl+N).</source>
        <translation>Une facture et son client, saisis à la main (Facture ▸ Nouvelle facture, Ctrl+N).</translation>
    </message>
    <message>
        <source>Import a &amp;CSV file</source>
        <translation>Importer un fichier &amp;CSV</translation>
    </message>
    <message>
        <source>Import &amp;e-invoices</source>
        <translation>Importer des factures é&amp;lectroniques</translation>
    </message>
    <message>
        <source>Factur-X PDFs or UBL / CII files (File ▸ Import e-invoices).</source>
        <translation>PDF Factur-X ou fichiers UBL / CII (Fichier ▸ Importer des factures électroniques).</translation>
    </message>
    <message>
        <source>A spreadsheet or an export of your invoicing tool (File ▸ Import invoices from a CSV file, Ctrl+I).</source>
        <translation>Un tableur ou un export de votre outil de facturation (Fichier ▸ Importer des factures d’un fichier CSV, Ctrl+I).</translation>
    </message>
    <message>
        <source>Enter my first &amp;invoice</source>
        <translation>Saisir ma première &amp;facture</translation>
    </message>
    <message>
        <source>The demo opens in a book of its own, beside this one: your own data never mixes with it. Come back to your book with File ▸ Open database.</source>
        <translation>La démo s’ouvre dans une base à part, à côté de celle-ci&#xa0;: vos propres données ne s’y mêlent jamais. Revenez à votre base par Fichier ▸ Ouvrir une base.</translation>
    </message>
</context>
<context>
    <name>relance::ui::FormFields</name>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>The client&apos;s (French in France and Belgium)</source>
        <translation>Celle du client (français en France et en Belgique)</translation>
    </message>
</context>
<context>
    <name>relance::ui::HelpDialog</name>
    <message>
        <source>Relance user guide</source>
        <translation>Guide d’utilisation de Relance</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
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
        <translation>Prestation achevée le&#xa0;:</translation>
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
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the invoice&apos;s PDF file</source>
        <translation>Choisir le PDF de la facture</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>N&amp;uméro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>Cl&amp;ient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>Éché&amp;ance&#xa0;:</translation>
    </message>
    <message>
        <source>Amount &amp;excl. VAT:</source>
        <translation>Montant &amp;HT&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;VAT rate:</source>
        <translation>Taux de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount incl. VAT:</source>
        <translation>&amp;Montant TTC&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>D&amp;evise&#xa0;:</translation>
    </message>
    <message>
        <source>Invoice &amp;PDF:</source>
        <translation>PDF &amp;de la facture&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
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
        <translation>Enre&amp;gistrer un paiement…</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>Supprimer le paiement</translation>
    </message>
    <message>
        <source>Delete the payment of %1 received on %2?

It is removed from every invoice it settles, and their balances go back up.</source>
        <translation>Supprimer le paiement de %1 reçu le %2&#xa0;?

Il est retiré de toutes les factures qu’il règle, dont le reste dû remonte d’autant.</translation>
    </message>
    <message>
        <source>the client&apos;s, or the legal default</source>
        <translation>celui du client, ou le taux légal par défaut</translation>
    </message>
    <message>
        <source>C&amp;hasing:</source>
        <translation>Rela&amp;nce&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Facture</translation>
    </message>
    <message>
        <source>Co&amp;llection</source>
        <translation>&amp;Recouvrement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate such as 12,5</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un taux comme 12,5</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>A&amp;ccords</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histori&amp;que</translation>
    </message>
    <message>
        <source>Deleting the payment of %1</source>
        <translation>Suppression du paiement de %1</translation>
    </message>
    <message>
        <source>New invoice %1</source>
        <translation>Nouvelle facture %1</translation>
    </message>
    <message>
        <source>Changes to invoice %1</source>
        <translation>Modification de la facture %1</translation>
    </message>
    <message>
        <source>Ne&amp;w client…</source>
        <translation>Nou&amp;veau client…</translation>
    </message>
    <message>
        <source>What the invoice is for, printed on letters</source>
        <translation>Objet de la facture, imprimé sur les lettres</translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>0 % — VAT not applicable, art. 293 B of the CGI</source>
        <translation>0&#xa0;% — TVA non applicable, art. 293 B du CGI</translation>
    </message>
    <message>
        <source>⚠ The issue date is in the future (today is %1).</source>
        <translation>⚠ La date d’émission est dans le futur (nous sommes le %1).</translation>
    </message>
    <message>
        <source>⚠ The due date is before the issue date.</source>
        <translation>⚠ L’échéance est antérieure à la date d’émission.</translation>
    </message>
    <message>
        <source>⚠ %1 is not the amount excl. VAT, and no VAT applies. &lt;a href=&quot;recompute&quot;&gt;Use %2&lt;/a&gt;</source>
        <translation>⚠ %1 n’est pas le montant HT, et aucune TVA ne s’applique. &lt;a href=&quot;recompute&quot;&gt;Utiliser %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>⚠ %1 is not the amount excl. VAT plus VAT at %2 (%3). &lt;a href=&quot;recompute&quot;&gt;Use %3&lt;/a&gt;</source>
        <translation>⚠ %1 n’est pas le montant HT plus la TVA à %2 (%3). &lt;a href=&quot;recompute&quot;&gt;Utiliser %3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Service completed on</source>
        <translation>Prestation achevée le</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Is&amp;sued on:</source>
        <translation>Émise &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Late-payment ra&amp;te (%):</source>
        <translation>Taux de &amp;pénalité (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Delete pay&amp;ment…</source>
        <translation>&amp;Supprimer le paiement…</translation>
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
    <message>
        <source>1–30 days late</source>
        <translation>En retard de 1 à 30 jours</translation>
    </message>
    <message>
        <source>31–60 days late</source>
        <translation>En retard de 31 à 60 jours</translation>
    </message>
    <message>
        <source>61–90 days late</source>
        <translation>En retard de 61 à 90 jours</translation>
    </message>
    <message>
        <source>Over 90 days late</source>
        <translation>En retard de plus de 90 jours</translation>
    </message>
    <message>
        <source>At risk (over 60 days late)</source>
        <translation>À risque (plus de 60 jours de retard)</translation>
    </message>
    <message>
        <source>Promised this week</source>
        <translation>Promises cette semaine</translation>
    </message>
    <message>
        <source>In a payment plan</source>
        <translation>Dans un échéancier</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>En litige</translation>
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
        <translation>%1&#xa0;: %2, reste dû %3</translation>
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
</context>
<context>
    <name>relance::ui::IssuerForm</name>
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
        <source>&amp;Legal form:</source>
        <translation>&amp;Forme juridique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>S&amp;IRET&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>N° de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code posta&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry code:</source>
        <translation>Code pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>IBA&amp;N&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>Si&amp;gnataire&#xa0;:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image under 2 MB.</source>
        <translation>%1 n’est pas une image PNG ou JPEG de moins de 2 Mo.</translation>
    </message>
    <message>
        <source>Logo on letters:</source>
        <translation>Logo sur les lettres&#xa0;:</translation>
    </message>
    <message>
        <source>Signature image:</source>
        <translation>Image de la signature&#xa0;:</translation>
    </message>
    <message>
        <source>your IBAN prints on every letter, so that clients know where to pay</source>
        <translation>votre IBAN figure sur chaque lettre, pour que vos clients sachent où payer</translation>
    </message>
    <message>
        <source>your address prints on every letter: fill in the street, postal code and city</source>
        <translation>votre adresse figure sur chaque lettre&#xa0;: renseignez la rue, le code postal et la ville</translation>
    </message>
    <message>
        <source>Remove the image: %1</source>
        <translation>Retirer l’image&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change the image: %1</source>
        <translation>Changer l’image&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entrepreneur individuel (micro-entrepreneur)</source>
        <translation>Entrepreneur individuel (micro-entrepreneur)</translation>
    </message>
    <message>
        <source>Under the VAT franchise, your invoices carry no VAT and state “TVA non applicable, art. 293 B du CGI”: enter them at 0 % (the invoice editor offers it).</source>
        <translation>En franchise en base de TVA, vos factures sont sans TVA et portent la mention «&#xa0;TVA non applicable, art. 293 B du CGI&#xa0;»&#xa0;: saisissez-les à 0&#xa0;% (l’éditeur de facture le propose).</translation>
    </message>
    <message>
        <source>* needed to write letters</source>
        <translation>* nécessaire pour écrire les lettres</translation>
    </message>
    <message>
        <source>C&amp;ompany name:</source>
        <translation>&amp;Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <source>BI&amp;C:</source>
        <translation>&amp;BIC&#xa0;:</translation>
    </message>
    <message>
        <source>Signatory&apos;s capaci&amp;ty:</source>
        <translation>&amp;Qualité du signataire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>relance::ui::LetterDialog</name>
    <message>
        <source>Write a letter</source>
        <translation>Écrire une lettre</translation>
    </message>
    <message>
        <source>e.g. 1A 123 456 7890 1</source>
        <translation>p. ex. 1A 123 456 7890 1</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Registered &amp;number:</source>
        <translation>&amp;Numéro du recommandé&#xa0;:</translation>
    </message>
    <message>
        <source>What was agreed: new date, amounts, penalties waived…</source>
        <translation>Ce qui a été convenu&#xa0;: nouvelle date, montants, pénalités abandonnées…</translation>
    </message>
    <message>
        <source>Terms agreed with the client:</source>
        <translation>Termes convenus avec le client&#xa0;:</translation>
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
        <source>Instalments</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>&amp;Add an instalment</source>
        <translation>&amp;Ajouter une échéance</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Instalments (date, amount):</source>
        <translation>Échéances (date, montant)&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>&amp;Copy the text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>The same step by e-mail or text message:</source>
        <translation>La même étape par e-mail ou SMS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Envoyer par &amp;e-mail…</translation>
    </message>
    <message>
        <source>Prints the letter; it is archived and recorded on the invoice.</source>
        <translation>Imprime la lettre&#x202f;; elle est archivée et inscrite sur la facture.</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>The printer could not start; the letter is archived as %1.</source>
        <translation>L’imprimante n’a pas pu démarrer&#x202f;; la lettre est archivée sous %1.</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Imprimer la lettre</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Your mail program opens with the message. Attach the letter, saved here:
%1</source>
        <translation>Votre messagerie s’ouvre avec le message. Joignez-y la lettre, enregistrée ici&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Number of monthly instalments</source>
        <translation>Nombre d’échéances mensuelles</translation>
    </message>
    <message>
        <source>&amp;Spread monthly</source>
        <translation>&amp;Étaler par mois</translation>
    </message>
    <message>
        <source>Equal monthly instalments of the balance from next month, the cents left over on the last</source>
        <translation>Échéances mensuelles égales du solde à partir du mois prochain, les centimes restants sur la dernière</translation>
    </message>
    <message>
        <source>The step as an e-mail</source>
        <translation>L’étape sous forme d’e-mail</translation>
    </message>
    <message>
        <source>The step as a text message</source>
        <translation>L’étape sous forme de SMS</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); the letter is archived as %3.</source>
        <translation>Impossible d’écrire %1 (%2)&#xa0;; la lettre est archivée sous %3.</translation>
    </message>
    <message>
        <source>&amp;Write it anyway: the letter will mention only what the book records</source>
        <translation>L’é&amp;crire quand même&#xa0;: la lettre ne mentionnera que ce que le dossier enregistre</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimée</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>enregistrée en PDF</translation>
    </message>
    <message>
        <source>handed to your mail program</source>
        <translation>confiée à votre messagerie</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrite</translation>
    </message>
    <message>
        <source>%1 %2 and archived as proof; recorded on %3 as a step done today by %4.</source>
        <translation>Lettre «&#xa0;%1&#xa0;» %2 et archivée comme preuve&#xa0;; enregistrée sur %3 comme étape faite aujourd’hui par %4.</translation>
    </message>
    <message>
        <source>%1&apos;s postal address is missing: printing and the PDF wait for it (the client&apos;s card); the e-mail can go.</source>
        <translation>L’adresse postale de %1 manque&#xa0;: l’impression et le PDF l’attendent (fiche du client)&#xa0;; l’e-mail peut partir.</translation>
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
        <translation>Taille &amp;du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Save the page settings</source>
        <translation>Enregistrer la mise en page</translation>
    </message>
    <message>
        <source>The defaults fit a French DL window envelope (window 85 × 33 mm, 110 mm from the left and 55 mm from the top of the sheet).</source>
        <translation>Les valeurs par défaut conviennent à une enveloppe DL à fenêtre (fenêtre de 85 × 33 mm, à 110 mm du bord gauche et 55 mm du haut de la feuille).</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Every jurisdiction</source>
        <translation>Tous les droits applicables</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Sa&amp;ve the template</source>
        <translation>Enregistrer le &amp;modèle</translation>
    </message>
    <message>
        <source>Back to the shipped &amp;text</source>
        <translation>&amp;Revenir au texte fourni</translation>
    </message>
    <message>
        <source>Sections: [subject], [title], [letter], [enclosures], [email.subject], [email], [sms]. **bold**, &quot;- &quot; for a bullet, {if b2b} … {else} … {end} on their own lines. Double-click a placeholder to insert it.</source>
        <translation>Sections&#xa0;: [subject], [title], [letter], [enclosures], [email.subject], [email], [sms]. **gras**, «&#xa0;-&#xa0;» pour une puce, {if b2b} … {else} … {end} seuls sur leur ligne. Double-cliquez sur un champ pour l’insérer.</translation>
    </message>
    <message>
        <source>Your own text.</source>
        <translation>Votre propre texte.</translation>
    </message>
    <message>
        <source>The shipped text (or your text for every jurisdiction).</source>
        <translation>Le texte fourni (ou votre texte pour tous les droits applicables).</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Page settings</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Address window from the le&amp;ft:</source>
        <translation>Fenêtre d’adresse depuis la &amp;gauche&#xa0;:</translation>
    </message>
    <message>
        <source>Address &amp;window from the top:</source>
        <translation>Fenêtre d’adresse depuis le &amp;haut&#xa0;:</translation>
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
        <translation>A&amp;ide</translation>
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
        <translation>Base&#xa0;: %1 — aujourd’hui&#xa0;: %2</translation>
    </message>
    <message>
        <source>About Relance</source>
        <translation>À propos de Relance</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relance %1&lt;/h3&gt;&lt;p&gt;Chase unpaid invoices: see what is overdue every morning, and act on it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Relance %1&lt;/h3&gt;&lt;p&gt;Relancez vos factures impayées&#xa0;: voyez chaque matin ce qui est en retard, et agissez.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your &amp;company…</source>
        <translation>Votre &amp;entreprise…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Mark the selected step done…</source>
        <translation>&amp;Marquer l’étape choisie comme faite…</translation>
    </message>
    <message>
        <source>Collection &amp;settings…</source>
        <translation>&amp;Réglages de relance…</translation>
    </message>
    <message>
        <source>&amp;Write the selected step&apos;s letter…</source>
        <translation>Écrire la &amp;lettre de l’étape choisie…</translation>
    </message>
    <message>
        <source>Write all today&apos;s &amp;letters…</source>
        <translation>Écrire toutes les lettres du &amp;jour…</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>&amp;Banque</translation>
    </message>
    <message>
        <source>Import &amp;invoices from a CSV file…</source>
        <translation>Importer des &amp;factures d’un fichier CSV…</translation>
    </message>
    <message>
        <source>Import &amp;e-invoices (Factur-X, UBL)…</source>
        <translation>Importer des factures é&amp;lectroniques (Factur-X, UBL)…</translation>
    </message>
    <message>
        <source>Import a &amp;bank statement…</source>
        <translation>Importer un relevé &amp;bancaire…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Invoices…</source>
        <translation>&amp;Factures…</translation>
    </message>
    <message>
        <source>&amp;Payments…</source>
        <translation>&amp;Paiements…</translation>
    </message>
    <message>
        <source>&amp;Actions and letters…</source>
        <translation>&amp;Actions et lettres…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) imported</source>
        <translation>
            <numerusform>%n facture importée</numerusform>
            <numerusform>%n factures importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s).</source>
        <translation>
            <numerusform>%n nouveau client.</numerusform>
            <numerusform>%n nouveaux clients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import e-invoices</source>
        <translation>Importer des factures électroniques</translation>
    </message>
    <message>
        <source>E-invoices (*.pdf *.xml);;All files (*)</source>
        <translation>Factures électroniques (*.pdf *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit note(s) applied</source>
        <translation>
            <numerusform>%n avoir imputé</numerusform>
            <numerusform>%n avoirs imputés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présente</numerusform>
            <numerusform>%n déjà présentes</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV pour un tableur (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Relance backups (*.relance-backup)</source>
        <translation>Sauvegardes Relance (*.relance-backup)</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1 with %n letter(s) and document(s).</source>
        <translation>
            <numerusform>Sauvegardé dans %1 avec %n lettre ou document.</numerusform>
            <numerusform>Sauvegardé dans %1 avec %n lettres et documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Relance backups (*.relance-backup);;All files (*)</source>
        <translation>Sauvegardes Relance (*.relance-backup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace everything in %1 by the backup %2?

The current database and letters are kept beside it, with the suffix “.before-restore”.</source>
        <translation>Remplacer tout le contenu de %1 par la sauvegarde %2&#x202f;?

La base et les lettres actuelles sont gardées à côté, avec le suffixe «&#xa0;.before-restore&#xa0;».</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Restauré depuis %1.</translation>
    </message>
    <message>
        <source>Relance &amp;user guide</source>
        <translation>&amp;Guide d’utilisation de Relance</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This step cannot be undone: %1</source>
        <translation>Cette étape ne peut pas être annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Search: invoice number, client or amount</source>
        <translation>Rechercher&#xa0;: n° de facture, client ou montant</translation>
    </message>
    <message>
        <source>Search the invoices</source>
        <translation>Rechercher dans les factures</translation>
    </message>
    <message>
        <source>Payments &amp;received…</source>
        <translation>Paiements &amp;reçus…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>After an interruption: %1.</source>
        <translation>Après une interruption&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Clients without a postal address</source>
        <translation>Clients sans adresse postale</translation>
    </message>
    <message numerus="yes">
        <source>%n of the new clients came without a postal address. E-mails reach them; paper letters wait until it is filled in on their card:</source>
        <translation>
            <numerusform>%n des nouveaux clients est arrivé sans adresse postale. Les e-mails l’atteignent&#xa0;; les lettres papier attendent qu’elle soit renseignée sur sa fiche&#xa0;:</numerusform>
            <numerusform>%n des nouveaux clients sont arrivés sans adresse postale. Les e-mails les atteignent&#xa0;; les lettres papier attendent qu’elle soit renseignée sur leur fiche&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>This is the demo book. Your own book stays as it was: %1 (File ▸ Open database).</source>
        <translation>Ceci est la base de démonstration. Votre propre base reste telle quelle&#xa0;: %1 (Fichier ▸ Ouvrir une base).</translation>
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
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Reçu &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount received:</source>
        <translation>&amp;Montant reçu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mode de &amp;paiement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Settles these invoices (oldest first; change a share if needed):</source>
        <translation>&amp;Règle ces factures (les plus anciennes d’abord&#xa0;; modifiez une part si besoin)&#xa0;:</translation>
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
        <translation>facture %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose the client who paid to see the invoices they owe.</source>
        <translation>Choisissez le client qui a payé pour voir les factures qu’il doit.</translation>
    </message>
    <message>
        <source>This client owes nothing: every invoice is paid.</source>
        <translation>Ce client ne doit rien&#xa0;: toutes ses factures sont payées.</translation>
    </message>
    <message>
        <source>Invoices this payment settles</source>
        <translation>Factures que ce paiement règle</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>Paiement de %1</translation>
    </message>
</context>
<context>
    <name>relance::ui::PaymentListDialog</name>
    <message>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <source>◀ &amp;Previous month</source>
        <translation>◀ Mois &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next month ▶</source>
        <translation>Mois &amp;suivant ▶</translation>
    </message>
    <message>
        <source>No payment received this month.</source>
        <translation>Aucun paiement reçu ce mois-ci.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), %1 in all (credit notes are not counted).</source>
        <translation>
            <numerusform>%n paiement, %1 au total (les avoirs ne sont pas comptés).</numerusform>
            <numerusform>%n paiements, %1 au total (les avoirs ne sont pas comptés).</numerusform>
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
        <translation>%1 non affectés</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Settles</source>
        <translation>Règle</translation>
    </message>
</context>
<context>
    <name>relance::ui::PlanDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — balance %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 — solde %3</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>&amp;Agree the plan</source>
        <translation>Convenir &amp;de l’échéancier</translation>
    </message>
    <message>
        <source>Then &amp;write the schedule letter to send</source>
        <translation>&amp;Puis écrire la lettre d’échéancier à envoyer</translation>
    </message>
    <message>
        <source>Agreeing a payment plan</source>
        <translation>Accord d’un échéancier</translation>
    </message>
</context>
<context>
    <name>relance::ui::PlanEditor</name>
    <message>
        <source>Invoices the plan covers</source>
        <translation>Factures couvertes par l’échéancier</translation>
    </message>
    <message>
        <source>%1 — due %2 — balance %3</source>
        <translation>%1 — échéance %2 — solde %3</translation>
    </message>
    <message>
        <source> (disputed)</source>
        <translation> (contestée)</translation>
    </message>
    <message>
        <source> (in plan %1)</source>
        <translation> (échéancier %1)</translation>
    </message>
    <message>
        <source>Give up the fixed recovery i&amp;ndemnity while the plan is kept</source>
        <translation>Renoncer à l’i&amp;ndemnité forfaitaire tant que l’échéancier est respecté</translation>
    </message>
    <message>
        <source>Claim them again if the plan is &amp;broken</source>
        <translation>&amp;Les réclamer de nouveau si l’échéancier est rompu</translation>
    </message>
    <message>
        <source>A&amp;greed on:</source>
        <translation>Con&amp;venu le&#xa0;:</translation>
    </message>
    <message>
        <source>In&amp;voices:</source>
        <translation>Fact&amp;ures&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>Éc&amp;héances&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>paid &amp;on</source>
        <translation>payé l&amp;e</translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation>A&amp;compte&#xa0;:</translation>
    </message>
    <message>
        <source>Nu&amp;mber:</source>
        <translation>Nom&amp;bre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First on:</source>
        <translation>Prem&amp;ière le&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
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
        <source>&amp;Add an instalment</source>
        <translation>A&amp;jouter une échéance</translation>
    </message>
    <message>
        <source>&amp;Remove the selected one</source>
        <translation>&amp;Retirer celle choisie</translation>
    </message>
    <message>
        <source>balance %1</source>
        <translation>solde %1</translation>
    </message>
    <message>
        <source>interest %1 given up</source>
        <translation>intérêts %1 abandonnés</translation>
    </message>
    <message>
        <source>interest %1</source>
        <translation>intérêts %1</translation>
    </message>
    <message>
        <source>indemnity %1 given up</source>
        <translation>indemnité %1 abandonnée</translation>
    </message>
    <message>
        <source>indemnity %1</source>
        <translation>indemnité %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 to spread&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;%1 à étaler&lt;/b&gt;&#xa0;: %2.</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>acompte</translation>
    </message>
    <message>
        <source>%1 of instalment %2</source>
        <translation>%1 de l’échéance %2</translation>
    </message>
    <message>
        <source>Give up the late-pa&amp;yment interest while the plan is kept</source>
        <translation>Renoncer &amp;aux intérêts de retard tant que l’échéancier est respecté</translation>
    </message>
</context>
<context>
    <name>relance::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The new language shows the next time Relance starts. Numbers and dates keep the system&apos;s format.</source>
        <translation>La nouvelle langue s’affichera au prochain démarrage de Relance. Les nombres et les dates gardent le format du système.</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>Le tableau de bord</translation>
    </message>
    <message>
        <source>Today&apos;s steps</source>
        <translation>Les étapes du jour</translation>
    </message>
    <message>
        <source>&amp;Open on:</source>
        <translation>&amp;Ouvrir sur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reset the lists&apos; column widths</source>
        <translation>&amp;Rétablir la largeur des colonnes des listes</translation>
    </message>
    <message>
        <source>Lists remember the column widths you set; this gives them their default widths back the next time they open.</source>
        <translation>Les listes retiennent la largeur que vous donnez aux colonnes&#x202f;; ce bouton leur rend leur largeur par défaut à leur prochaine ouverture.</translation>
    </message>
    <message>
        <source>Column widths reset</source>
        <translation>Largeurs des colonnes rétablies</translation>
    </message>
    <message>
        <source>Lists:</source>
        <translation>Listes&#xa0;:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>relance::ui::PromiseDialog</name>
    <message>
        <source>Promise to pay</source>
        <translation>Promesse de paiement</translation>
    </message>
    <message>
        <source>&amp;Record the promise</source>
        <translation>&amp;Enregistrer la promesse</translation>
    </message>
    <message>
        <source>the whole balance</source>
        <translation>tout le solde</translation>
    </message>
    <message>
        <source>&amp;Will pay by:</source>
        <translation>Paiera &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>Promised &amp;on:</source>
        <translation>Promis &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Comment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Chasing waits until the day after the promised date; if the invoice is still unpaid then, the agenda flags the missed promise.</source>
        <translation>La relance attend le lendemain de la date promise&#x202f;; si la facture est encore impayée, l’agenda signale la promesse non tenue.</translation>
    </message>
    <message>
        <source>Recording a promise to pay</source>
        <translation>Enregistrement d’une promesse de paiement</translation>
    </message>
</context>
<context>
    <name>relance::ui::ResolveDisputeDialog</name>
    <message>
        <source>Resolve the dispute</source>
        <translation>Régler le litige</translation>
    </message>
    <message>
        <source>Disputed since %1: %2 (%3)</source>
        <translation>Contestée depuis le %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Régler</translation>
    </message>
    <message>
        <source>e.g. AV-2026-004</source>
        <translation>par ex. AV-2026-004</translation>
    </message>
    <message>
        <source>Credit note &amp;amount:</source>
        <translation>&amp;Montant de l’avoir&#xa0;:</translation>
    </message>
    <message>
        <source>Credit note n&amp;umber:</source>
        <translation>N&amp;uméro de l’avoir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Resolving a dispute</source>
        <translation>Résolution d’un litige</translation>
    </message>
</context>
<context>
    <name>relance::ui::SettlementDialog</name>
    <message>
        <source>Settlement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>&amp;Record the settlement</source>
        <translation>Enre&amp;gistrer l’accord</translation>
    </message>
    <message>
        <source>e.g. Mme Durand, accounts</source>
        <translation>par ex. Mme Durand, comptabilité</translation>
    </message>
    <message>
        <source>Give up the fixed recovery i&amp;ndemnity</source>
        <translation>Renoncer à l’indemnité &amp;forfaitaire</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>% if paid &amp;by</source>
        <translation>% si pa&amp;yé avant le</translation>
    </message>
    <message>
        <source>Prompt-payment dis&amp;count:</source>
        <translation>E&amp;scompte&#xa0;:</translation>
    </message>
    <message>
        <source>Anything else agreed, in your words</source>
        <translation>Tout autre point convenu, avec vos mots</translation>
    </message>
    <message>
        <source>A&amp;greed on:</source>
        <translation>Con&amp;venu le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>Co&amp;mment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>C&amp;onditions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Recording a settlement</source>
        <translation>Enregistrement d’un accord</translation>
    </message>
    <message>
        <source>New due dat&amp;e:</source>
        <translation>&amp;Nouvelle échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Give up the late-pa&amp;yment interest</source>
        <translation>Renoncer au&amp;x intérêts de retard</translation>
    </message>
    <message>
        <source>Claim them again if the agreement is bro&amp;ken</source>
        <translation>&amp;Les réclamer de nouveau si l’accord est rompu</translation>
    </message>
    <message>
        <source>&amp;Paid in instalments</source>
        <translation>&amp;Payé en échéances</translation>
    </message>
    <message>
        <source>Then write the confirmation &amp;letter</source>
        <translation>Puis écrire la lettre &amp;de confirmation</translation>
    </message>
</context>
<context>
    <name>relance::ui::StatementDialog</name>
    <message>
        <source>Statement of account of %1</source>
        <translation>Relevé de compte de %1</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the statement of account</source>
        <translation>Aperçu du relevé de compte</translation>
    </message>
    <message>
        <source>Statement preview</source>
        <translation>Aperçu du relevé</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>The printer could not start.</source>
        <translation>L’imprimante n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation>Impossible d’écrire %1 (%2).</translation>
    </message>
    <message>
        <source>Print the statement of account</source>
        <translation>Imprimer le relevé de compte</translation>
    </message>
    <message>
        <source>Save the statement of account as PDF</source>
        <translation>Enregistrer le relevé de compte en PDF</translation>
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
        <translation>Facture</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>relance::ui::TimelineView</name>
    <message>
        <source>What happened, newest first</source>
        <translation>Ce qui s’est passé, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>The whole story in one document, for a lawyer or a collection agency.</source>
        <translation>Toute l’histoire en un document, pour un avocat ou une société de recouvrement.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>History of invoice %1</source>
        <translation>Historique de la facture %1</translation>
    </message>
    <message>
        <source>%1 — %2 incl. VAT, due %3</source>
        <translation>%1 — %2 TTC, échéance %3</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l’historique</translation>
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
        <translation>&amp;Marquer comme fait…</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Ajo&amp;uter une note…</translation>
    </message>
    <message>
        <source>&amp;Open the invoice</source>
        <translation>&amp;Ouvrir la facture</translation>
    </message>
    <message numerus="yes">
        <source>Show the next %n day(s) too</source>
        <translation>
            <numerusform>Montrer aussi le jour suivant</numerusform>
            <numerusform>Montrer aussi les %n jours suivants</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps to do</source>
        <translation>Étapes à faire</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd’hui, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) to do</source>
        <translation>
            <numerusform>%n étape à faire</numerusform>
            <numerusform>%n étapes à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) paused (disputed or on hold)</source>
        <translation>
            <numerusform>%n facture en pause (contestée ou en attente)</numerusform>
            <numerusform>%n factures en pause (contestées ou en attente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handed over or at the end of the ladder</source>
        <translation>
            <numerusform>%n transmise au recouvrement ou au bout de l’échelle</numerusform>
            <numerusform>%n transmises au recouvrement ou au bout de l’échelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Recovery risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source> (try %1)</source>
        <translation> (essai %1)</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3)</source>
        <translation>%1 (étape %2 sur %3)</translation>
    </message>
    <message>
        <source>The receipt of the registered letter is not recorded: planned from its posting.</source>
        <translation>La réception du recommandé n’est pas notée&#xa0;: étape prévue depuis son envoi.</translation>
    </message>
    <message>
        <source>&amp;Log the call…</source>
        <translation>Noter l’a&amp;ppel…</translation>
    </message>
    <message>
        <source>Write the &amp;letter…</source>
        <translation>Écrire la le&amp;ttre…</translation>
    </message>
    <message>
        <source>Write all to&amp;day&apos;s letters…</source>
        <translation>Écrire toutes les lettres du &amp;jour…</translation>
    </message>
    <message>
        <source>Every letter due today in one go: one PDF each and one combined PDF to print.</source>
        <translation>Toutes les lettres dues aujourd’hui d’un coup&#xa0;: un PDF chacune et un PDF réunissant tout pour l’impression.</translation>
    </message>
    <message>
        <source>Folder for today&apos;s letters</source>
        <translation>Dossier des lettres du jour</translation>
    </message>
    <message>
        <source>Today&apos;s letters</source>
        <translation>Lettres du jour</translation>
    </message>
    <message>
        <source>No letter is due today.</source>
        <translation>Aucune lettre n’est due aujourd’hui.</translation>
    </message>
    <message>
        <source>Writing today&apos;s letters…</source>
        <translation>Écriture des lettres du jour…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>letters-%1.pdf</source>
        <translation>lettres-%1.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written in %1, and all of them in %2 to print.</source>
        <translation>
            <numerusform>%n lettre écrite dans %1, et toutes dans %2 pour l’impression.</numerusform>
            <numerusform>%n lettres écrites dans %1, et toutes dans %2 pour l’impression.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation>Non écrites&#xa0;:</translation>
    </message>
    <message>
        <source>Print them now?</source>
        <translation>Les imprimer maintenant&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a promised payment</source>
        <translation>
            <numerusform>%n en attente d’un paiement promis</numerusform>
            <numerusform>%n en attente d’un paiement promis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid by instalments</source>
        <translation>
            <numerusform>%n payée par échéances</numerusform>
            <numerusform>%n payées par échéances</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Échéanciers</translation>
    </message>
    <message>
        <source>%1 (plan %2)</source>
        <translation>%1 (échéancier %2)</translation>
    </message>
    <message>
        <source> — promise of %1 missed</source>
        <translation> — promesse du %1 non tenue</translation>
    </message>
    <message>
        <source>The client promised to pay by %1 and has not.</source>
        <translation>Le client avait promis de payer le %1 et ne l’a pas fait.</translation>
    </message>
    <message>
        <source>&amp;Record the reminder…</source>
        <translation>&amp;Enregistrer la relance…</translation>
    </message>
    <message>
        <source>Plan &amp;broken…</source>
        <translation>Échéancier &amp;rompu…</translation>
    </message>
    <message>
        <source>instalment %1 of %2 (%3 due on %4, %5 unpaid)</source>
        <translation>l’échéance %1 sur %2 (%3 dus le %4, %5 impayés)</translation>
    </message>
    <message>
        <source>Instalment reminder</source>
        <translation>Relance d’échéance</translation>
    </message>
    <message>
        <source>Record that %1 was reminded of %2 today, by e-mail?</source>
        <translation>Enregistrer que %1 a été relancé aujourd’hui par e-mail pour %2&#x202f;?</translation>
    </message>
    <message>
        <source>Plan broken</source>
        <translation>Échéancier rompu</translation>
    </message>
    <message>
        <source>%1 was reminded of %2 and has not paid. Declare payment plan %3 broken? Chasing resumes at the step where it stood, with the interest and indemnity given up claimed again if the plan said so.</source>
        <translation>%1 a été relancé pour %2 et n’a pas payé. Déclarer l’échéancier %3 rompu&#x202f;? La relance reprend à l’étape où elle en était, et les intérêts et l’indemnité abandonnés sont de nouveau réclamés si l’échéancier le prévoyait.</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Mark steps done</source>
        <translation>Marquer les étapes faites</translation>
    </message>
    <message numerus="yes">
        <source>Record these %n step(s) as done today?</source>
        <translation>
            <numerusform>Enregistrer cette étape comme faite aujourd’hui&#x202f;?</numerusform>
            <numerusform>Enregistrer ces %n étapes comme faites aujourd’hui&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marking %n step(s) done</source>
        <translation>
            <numerusform>%n étape marquée faite</numerusform>
            <numerusform>%n étapes marquées faites</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing to do today.</source>
        <translation>Rien à faire aujourd’hui.</translation>
    </message>
    <message>
        <source>Next step: %1 for %2 (%3), on %4.</source>
        <translation>Prochaine étape&#xa0;: %1 pour %2 (%3), le %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue, %1 in all.</source>
        <translation>
            <numerusform>%n facture en retard, %1 au total.</numerusform>
            <numerusform>%n factures en retard, %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice is overdue.</source>
        <translation>Aucune facture n’est en retard.</translation>
    </message>
    <message numerus="yes">
        <source>%n paused (disputed or on hold)</source>
        <translation>
            <numerusform>%n en pause (contestée ou suspendue)</numerusform>
            <numerusform>%n en pause (contestées ou suspendues)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at the end of its ladder, to hand over</source>
        <translation>
            <numerusform>%n au bout de son échelle, à transmettre</numerusform>
            <numerusform>%n au bout de leur échelle, à transmettre</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the agenda: %1.</source>
        <translation>Hors agenda&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Recorded as done today: %1.</source>
        <translation>Enregistré comme fait aujourd’hui&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recorded for %1: %2.</source>
        <translation>Enregistré pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Recorded: %1 reminded of %2 today, by e-mail.</source>
        <translation>Enregistré&#xa0;: rappel à %1 de %2 aujourd’hui, par e-mail.</translation>
    </message>
    <message>
        <source>Recorded: payment plan %1 broken today; chasing resumes.</source>
        <translation>Enregistré&#xa0;: échéancier %1 rompu aujourd’hui&#xa0;; les relances reprennent.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written and archived as proof; the steps they fulfil are recorded as done today.</source>
        <translation>
            <numerusform>%n lettre écrite et archivée comme preuve&#xa0;; l’étape qu’elle accomplit est enregistrée comme faite aujourd’hui.</numerusform>
            <numerusform>%n lettres écrites et archivées comme preuves&#xa0;; les étapes qu’elles accomplissent sont enregistrées comme faites aujourd’hui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relance::ui::UndoHistory</name>
    <message>
        <source>Change to %1</source>
        <translation>la modification (%1)</translation>
    </message>
    <message>
        <source>Change to settings</source>
        <translation>la modification (réglages)</translation>
    </message>
</context>
</TS>
