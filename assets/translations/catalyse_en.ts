<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name></name>
    <message>
        <source>Date inhabituelle</source>
        <translation>Unusual date</translation>
    </message>
    <message>
        <source>Le {date} est à plus de {years} ans d&apos;aujourd&apos;hui.</source>
        <translation>{date} is more than {years} years from today.</translation>
    </message>
    <message>
        <source>Vérifiez l&apos;année : est-ce bien la date voulue ?</source>
        <translation>Check the year: is this the date you meant?</translation>
    </message>
    <message>
        <source>&amp;Garder le {date}</source>
        <translation>&amp;Keep {date}</translation>
    </message>
    <message>
        <source>&amp;Corriger la date</source>
        <translation>&amp;Correct the date</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Étapes du déroulé</source>
        <translation>Agenda steps</translation>
    </message>
    <message>
        <source>Horaire</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Ajouter une étape</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>Retirer l&apos;étape</source>
        <translation>Remove the step</translation>
    </message>
    <message>
        <source>Monter l&apos;étape</source>
        <translation>Move the step up</translation>
    </message>
    <message>
        <source>Descendre l&apos;étape</source>
        <translation>Move the step down</translation>
    </message>
    <message>
        <source>Nouvelle étape</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Total : {duration}</source>
        <translation>Total: {duration}</translation>
    </message>
    <message>
        <source>, fin prévue à {time}</source>
        <translation>, planned end {time}</translation>
    </message>
    <message>
        <source> : au-delà de l&apos;heure de fin ({end})</source>
        <translation>: past the end time ({end})</translation>
    </message>
</context>
<context>
    <name>AllianceCommands</name>
    <message>
        <source>Ajouter l&apos;engagement « {what} »</source>
        <translation>Add the commitment “{what}”</translation>
    </message>
    <message>
        <source>Modifier l&apos;engagement « {what} »</source>
        <translation>Edit the commitment “{what}”</translation>
    </message>
    <message>
        <source>Passer l&apos;engagement à « {status} »</source>
        <translation>Set the commitment to “{status}”</translation>
    </message>
    <message>
        <source>Reporter l&apos;engagement au {date}</source>
        <translation>Carry the commitment over to {date}</translation>
    </message>
</context>
<context>
    <name>AllianceEditor</name>
    <message>
        <source>Nom de l&apos;alliance</source>
        <translation>Alliance name</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Type de partenariat</source>
        <translation>Partnership type</translation>
    </message>
    <message>
        <source>— non précisé —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <source>Statut de l&apos;alliance</source>
        <translation>Alliance status</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;alliance</source>
        <translation>Save the alliance</translation>
    </message>
    <message>
        <source>Supprimer l&apos;alliance</source>
        <translation>Delete the alliance</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>O&amp;bjectif</source>
        <translation>O&amp;bjective</translation>
    </message>
    <message>
        <source>ODD visés</source>
        <translation>Target SDGs</translation>
    </message>
    <message>
        <source>Besoins</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>&amp;Statut</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Type &amp;de partenariat</source>
        <translation>Partnership &amp;type</translation>
    </message>
    <message>
        <source>Créer l&apos;alliance</source>
        <translation>Create the alliance</translation>
    </message>
    <message>
        <source>Passer l&apos;alliance « {name} » à « {status} »</source>
        <translation>Move the alliance “{name}” to “{status}”</translation>
    </message>
    <message>
        <source>Créer l&apos;alliance « {name} »</source>
        <translation>Create the alliance “{name}”</translation>
    </message>
    <message>
        <source>Modifier l&apos;alliance « {name} »</source>
        <translation>Edit the alliance “{name}”</translation>
    </message>
    <message>
        <source>Supprimer l&apos;alliance « {name} »</source>
        <translation>Delete the alliance “{name}”</translation>
    </message>
</context>
<context>
    <name>AllianceMapPanel</name>
    <message>
        <source>Carte des alliances</source>
        <translation>Alliance map</translation>
    </message>
    <message>
        <source>Disque sombre : alliance · trait épais : pilote · tirets : financeur</source>
        <translation>Dark disc: alliance · thick line: lead · dashes: funder</translation>
    </message>
    <message>
        <source>Légende : couleurs des types d&apos;organisation</source>
        <translation>Legend: colours of organisation types</translation>
    </message>
    <message>
        <source>Exporter en PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <source>Exporter la carte en PNG</source>
        <translation>Export the map as PNG</translation>
    </message>
    <message>
        <source>Exporter en SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
    <message>
        <source>Exporter la carte en SVG</source>
        <translation>Export the map as SVG</translation>
    </message>
    <message>
        <source>Tout voir</source>
        <translation>Fit all</translation>
    </message>
    <message>
        <source>Ajuster la carte à la fenêtre</source>
        <translation>Fit the map to the window</translation>
    </message>
    <message>
        <source>Cliquez sur une organisation ou une alliance.</source>
        <translation>Click an organisation or an alliance.</translation>
    </message>
    <message>
        <source>Engagements du nœud choisi</source>
        <translation>Commitments of the selected node</translation>
    </message>
    <message>
        <source>{name} : {count} engagement(s)</source>
        <translation>{name}: {count} commitment(s)</translation>
    </message>
    <message>
        <source>Image PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Dessin SVG (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Exporter la carte</source>
        <translation>Export the map</translation>
    </message>
    <message>
        <source>carte-des-alliances</source>
        <translation>alliance-map</translation>
    </message>
</context>
<context>
    <name>AllianceTableModel</name>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Engag.</source>
        <translation>Comm.</translation>
    </message>
</context>
<context>
    <name>AlliancesPage</name>
    <message>
        <source>Alliances de l&apos;atelier</source>
        <translation>Alliances of the workshop</translation>
    </message>
    <message>
        <source>Nouvelle alliance</source>
        <translation>New alliance</translation>
    </message>
    <message>
        <source>Créer une nouvelle alliance</source>
        <translation>Create a new alliance</translation>
    </message>
    <message>
        <source>Engagements de l&apos;alliance</source>
        <translation>Commitments of the alliance</translation>
    </message>
    <message>
        <source>Alliances</source>
        <translation>Alliances</translation>
    </message>
    <message>
        <source>Modifier (Entrée)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <source>Supprimer (Suppr)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <source>Modifier l&apos;engagement choisi</source>
        <translation>Edit the selected commitment</translation>
    </message>
    <message>
        <source>Supprimer l&apos;engagement choisi</source>
        <translation>Delete the selected commitment</translation>
    </message>
    <message>
        <source>Supprimer l&apos;engagement « {what} »</source>
        <translation>Delete the commitment “{what}”</translation>
    </message>
</context>
<context>
    <name>AlliancesScreen</name>
    <message>
        <source>Vues des alliances</source>
        <translation>Alliance views</translation>
    </message>
    <message>
        <source>Alliances et engagements</source>
        <translation>Alliances and commitments</translation>
    </message>
    <message>
        <source>Offres et besoins</source>
        <translation>Offers and needs</translation>
    </message>
    <message>
        <source>Mur des engagements</source>
        <translation>Commitment wall</translation>
    </message>
    <message>
        <source>Carte des alliances</source>
        <translation>Alliance map</translation>
    </message>
    <message>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Relecture des engage&amp;ments</source>
        <translation>Co&amp;mmitments read-back</translation>
    </message>
    <message>
        <source>Nou&amp;velle alliance</source>
        <translation>Ne&amp;w alliance</translation>
    </message>
    <message>
        <source>E&amp;xporter les engagements (CSV, Excel, agenda)…</source>
        <translation>E&amp;xport the commitments (CSV, Excel, calendar)…</translation>
    </message>
    <message>
        <source>Revue des engagements de l&apos;atelier &amp;précédent</source>
        <translation>Review of the &amp;previous workshop&apos;s commitments</translation>
    </message>
    <message>
        <source>&amp;Offres et besoins en grand</source>
        <translation>&amp;Offers and needs, large</translation>
    </message>
    <message>
        <source>Revue des engagements</source>
        <translation>Review of the commitments</translation>
    </message>
    <message>
        <source>Cet atelier ne fait suite à aucun atelier (choisissez « Fait suite à » dans sa fiche), ou l&apos;atelier précédent n&apos;a plus d&apos;engagement ouvert.</source>
        <translation>This workshop follows no other (choose “Follows” in its form), or the previous workshop has no open commitment left.</translation>
    </message>
    <message>
        <source>L&apos;atelier « {title} » n&apos;a plus d&apos;engagement ouvert.</source>
        <translation>The workshop “{title}” has no open commitment left.</translation>
    </message>
    <message>
        <source>Revue des engagements de « {title} »</source>
        <translation>Review of the commitments of “{title}”</translation>
    </message>
    <message>
        <source>Exporter les engagements</source>
        <translation>Export commitments</translation>
    </message>
    <message>
        <source>engagements.xlsx</source>
        <translation>commitments.xlsx</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx);;CSV (*.csv);;Agenda iCalendar (*.ics)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv);;iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export terminé</source>
        <translation>Export done</translation>
    </message>
    <message>
        <source>{count} engagement(s) exporté(s) dans {path}.</source>
        <translation>{count} commitment(s) exported to {path}.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Arrivée</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>présent</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Compté·e présent·e en rejoignant l&apos;atelier depuis son téléphone</source>
        <translation>Counted present on joining the workshop from their phone</translation>
    </message>
    <message>
        <source>{time} (téléphone)</source>
        <translation>{time} (phone)</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Pointer une personne par son nom</source>
        <translation>Check someone in by name</translation>
    </message>
    <message>
        <source>Dernière action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <source>Présents par type de structure</source>
        <translation>Present by organisation type</translation>
    </message>
    <message>
        <source>Personnes inscrites</source>
        <translation>Registered people</translation>
    </message>
    <message>
        <source>Imprimer la feuille d&apos;émargement…</source>
        <translation>Print the sign-in sheet…</translation>
    </message>
    <message>
        <source>Imprime la liste des inscrits à signer, avec la case d&apos;accord photo et la mention sur les données personnelles : {keys}</source>
        <translation>Prints the list of registered people to sign, with the photo-consent box and the personal-data notice: {keys}</translation>
    </message>
    <message>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Enregistre la feuille d&apos;émargement en PDF</source>
        <translation>Saves the sign-in sheet as a PDF</translation>
    </message>
    <message>
        <source>Enregistrer la feuille d&apos;émargement en PDF</source>
        <translation>Save the sign-in sheet as a PDF</translation>
    </message>
    <message>
        <source>Aucun atelier choisi : choisissez ou créez un atelier dans l&apos;écran Ateliers.</source>
        <translation>No workshop selected: pick or create one on the Workshops screen.</translation>
    </message>
    <message>
        <source>Émargement :</source>
        <translation>Check-in:</translation>
    </message>
    <message>
        <source>{kind}&amp;nbsp;:&amp;nbsp;&lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>{kind}:&amp;nbsp;&lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sans structure</source>
        <translation>No organisation</translation>
    </message>
    <message>
        <source>Présents : {present} / {registered} inscrits · {orgs} structures</source>
        <translation>Present: {present} / {registered} registered · {orgs} organisations</translation>
    </message>
    <message>
        <source>Pointer {name}</source>
        <translation>Check in {name}</translation>
    </message>
    <message>
        <source>Dépointer {name}</source>
        <translation>Undo the check-in of {name}</translation>
    </message>
    <message>
        <source>{name} n&apos;est plus pointé·e.</source>
        <translation>{name} is no longer checked in.</translation>
    </message>
    <message>
        <source>✓ {name} (dans l&apos;annuaire, non inscrit·e) est inscrit·e et pointé·e.</source>
        <translation>✓ {name} (in the directory, not registered) is registered and checked in.</translation>
    </message>
    <message>
        <source>Non inscrit·e. Dans l&apos;annuaire : {names}… Précisez le nom.</source>
        <translation>Not registered. In the directory: {names}… Type more of the name.</translation>
    </message>
    <message>
        <source>✓ {name} est ajouté·e et pointé·e.</source>
        <translation>✓ {name} is added and checked in.</translation>
    </message>
    <message>
        <source>Enregistrer la feuille d&apos;émargement</source>
        <translation>Save the sign-in sheet</translation>
    </message>
    <message>
        <source>feuille-emargement.pdf</source>
        <translation>sign-in-sheet.pdf</translation>
    </message>
    <message>
        <source>Nom à pointer : Entrée pointe la ligne en surbrillance (↑ ↓ pour choisir)</source>
        <translation>Name to check in: Enter checks in the highlighted row (↑ ↓ to choose)</translation>
    </message>
    <message>
        <source>Tapez le nom (ou le prénom, ou la structure) : la meilleure correspondance est en surbrillance, ↑ et ↓ en choisissent une autre, Entrée la pointe, Échap efface, Ctrl+Z annule le dernier pointage.</source>
        <translation>Type the name (or first name, or organisation): the best match is highlighted, ↑ and ↓ choose another, Enter checks it in, Esc clears, Ctrl+Z undoes the last check-in.</translation>
    </message>
    <message>
        <source>Accueillir une personne non inscrite…</source>
        <translation>Welcome an unregistered person…</translation>
    </message>
    <message>
        <source>Accueillir une personne ({keys})</source>
        <translation>Welcome a person ({keys})</translation>
    </message>
    <message>
        <source>Ajouter une personne non inscrite (et sa structure), l&apos;inscrire et la pointer en une fois : {keys}</source>
        <translation>Add an unregistered person (and their organisation), register and check them in at once: {keys}</translation>
    </message>
    <message>
        <source>✓ {name} est pointé·e (Ctrl+Z pour annuler).</source>
        <translation>✓ {name} is checked in (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <source>Rien à annuler.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>Annulé : {action}</source>
        <translation>Undone: {action}</translation>
    </message>
    <message>
        <source>Rétabli : {action}</source>
        <translation>Redone: {action}</translation>
    </message>
    <message>
        <source>{name} est déjà pointé·e. Effacez le nom pour continuer.</source>
        <translation>{name} is already checked in. Clear the name to go on.</translation>
    </message>
    <message>
        <source>Personne ne correspond : {keys} pour accueillir une nouvelle personne.</source>
        <translation>Nobody matches: {keys} to welcome a new person.</translation>
    </message>
    <message>
        <source>Imprimer la feuille d&apos;émargement</source>
        <translation>Print the sign-in sheet</translation>
    </message>
    <message numerus="yes">
        <source>Feuille d&apos;émargement envoyée à l&apos;imprimante (%n page(s)).</source>
        <translation>
            <numerusform>Sign-in sheet sent to the printer (%n page).</numerusform>
            <numerusform>Sign-in sheet sent to the printer (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>La feuille est enregistrée. L&apos;ouvrir ?</source>
        <translation>The sheet is saved. Open it?</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement enregistrée ({count} personnes) : {path}</source>
        <translation>Sign-in sheet saved ({count} people): {path}</translation>
    </message>
    <message>
        <source>Accueillir {name}</source>
        <translation>Welcome {name}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Aucune sauvegarde pour l&apos;instant.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restaurer…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde choisie</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>Sauvegardes de « {name} », de la plus récente à la plus ancienne. Catalyse en fait une à l&apos;ouverture d&apos;un atelier et toutes les 10 minutes pendant qu&apos;il change.</source>
        <translation>Backups of “{name}”, newest first. Catalyse makes one when a workshop opens and every 10 minutes while it changes.</translation>
    </message>
    <message>
        <source>La base est ouverte en lecture seule : impossible de la remplacer.</source>
        <translation>The database is open read-only: it cannot be replaced.</translation>
    </message>
    <message>
        <source>La sauvegarde a échoué</source>
        <translation>The backup failed</translation>
    </message>
    <message>
        <source>Remplacer la base ouverte par la sauvegarde du {when} ?

La base actuelle n&apos;est pas effacée : elle est gardée à part, à côté d&apos;elle. L&apos;historique d&apos;annulation est vidé.</source>
        <translation>Replace the open database with the backup of {when}?

The current database is not erased: it is kept aside, next to it. The undo history is cleared.</translation>
    </message>
    <message>
        <source>La restauration a échoué</source>
        <translation>The restore failed</translation>
    </message>
    <message>
        <source>Sauvegarde restaurée</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>La sauvegarde est restaurée. L&apos;ancienne base est gardée sous le nom « {name} ».</source>
        <translation>The backup is restored. The previous database is kept as “{name}”.</translation>
    </message>
    <message>
        <source>Impossible de rouvrir la base</source>
        <translation>Cannot reopen the database</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>illisible</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>{date} à {time}</source>
        <translation>{date} at {time}</translation>
    </message>
</context>
<context>
    <name>BoardAlliances</name>
    <message>
        <source>Créer une alliance à partir de ces cartes…</source>
        <translation>Create an alliance from these cards…</translation>
    </message>
    <message>
        <source>Transformer en engagement pour</source>
        <translation>Turn into a commitment for</translation>
    </message>
    <message>
        <source>Nouvelle alliance</source>
        <translation>New alliance</translation>
    </message>
    <message>
        <source>Nom de l&apos;alliance :</source>
        <translation>Alliance name:</translation>
    </message>
    <message>
        <source>Créer l&apos;alliance « {name} »</source>
        <translation>Create the alliance “{name}”</translation>
    </message>
    <message>
        <source>Transformer une contribution en engagement</source>
        <translation>Turn a contribution into a commitment</translation>
    </message>
    <message>
        <source>Transformer en engagement</source>
        <translation>Turn into a commitment</translation>
    </message>
</context>
<context>
    <name>BoardAuthorKind</name>
    <message>
        <source>— choisir le type —</source>
        <translation>— choose the kind —</translation>
    </message>
    <message>
        <source>Nouvelle structure</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas dans le registre. Pour l&apos;ajouter, choisissez son type :</source>
        <translation>“{name}” is not in the registry. To add it, choose its kind:</translation>
    </message>
</context>
<context>
    <name>BoardMenus</name>
    <message>
        <source>Renommer le regroupement…</source>
        <translation>Rename the cluster…</translation>
    </message>
    <message>
        <source>Dégrouper</source>
        <translation>Ungroup</translation>
    </message>
    <message>
        <source>Zone « {zone} »</source>
        <translation>Zone “{zone}”</translation>
    </message>
    <message>
        <source>Renommer…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Couleur…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <source>Ranger les cartes</source>
        <translation>Tidy the cards</translation>
    </message>
    <message>
        <source>Zoomer sur la zone</source>
        <translation>Zoom to the zone</translation>
    </message>
    <message>
        <source>Supprimer la zone</source>
        <translation>Delete the zone</translation>
    </message>
    <message>
        <source>Déplier le regroupement</source>
        <translation>Unfold the group</translation>
    </message>
    <message>
        <source>Replier le regroupement</source>
        <translation>Fold the group</translation>
    </message>
    <message>
        <source>Voter pour le regroupement</source>
        <translation>Vote for the group</translation>
    </message>
    <message>
        <source>Ouvrir l&apos;alliance « {name} »</source>
        <translation>Open the alliance “{name}”</translation>
    </message>
    <message>
        <source>Déplacer vers</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Changer l&apos;auteur…</source>
        <translation>Change the author…</translation>
    </message>
    <message>
        <source>ODD de la carte</source>
        <translation>Card SDGs</translation>
    </message>
    <message>
        <source>Voter pour cette carte</source>
        <translation>Vote for this card</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message numerus="yes">
        <source>%n carte(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Redimensionner la zone</source>
        <translation>Resize the zone</translation>
    </message>
    <message>
        <source>Devenue l&apos;alliance « {name} »</source>
        <translation>Became the alliance “{name}”</translation>
    </message>
    <message>
        <source>Devenue un engagement de {partner} (alliance « {name} »)</source>
        <translation>Became a commitment of {partner} (alliance “{name}”)</translation>
    </message>
    <message>
        <source>Clic sur le coin : ouvrir l&apos;alliance</source>
        <translation>Click the corner: open the alliance</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Tableau de co-construction</source>
        <translation>Co-construction board</translation>
    </message>
    <message>
        <source>Tableau</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Outils du tableau</source>
        <translation>Board tools</translation>
    </message>
    <message>
        <source>Tout voir</source>
        <translation>Fit all</translation>
    </message>
    <message>
        <source>Zoom avant</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom arrière</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Ajouter une zone</source>
        <translation>Add a zone</translation>
    </message>
    <message>
        <source>Regrouper</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Dégrouper</source>
        <translation>Ungroup</translation>
    </message>
    <message>
        <source>Ranger la zone</source>
        <translation>Tidy the zone</translation>
    </message>
    <message>
        <source>Ranger la zone de la carte choisie, ou la dernière zone cliquée</source>
        <translation>Arrange the selected card&apos;s zone, or the zone last clicked</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Exporter en PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <source>Exporter en SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
    <message>
        <source>Couleur de la carte…</source>
        <translation>Card colour…</translation>
    </message>
    <message>
        <source>Étiquettes…</source>
        <translation>Tags…</translation>
    </message>
    <message>
        <source>Replier / déplier le regroupement</source>
        <translation>Fold / unfold the group</translation>
    </message>
    <message>
        <source>Un vote de la salle sur la carte</source>
        <translation>A vote of the room on the card</translation>
    </message>
    <message>
        <source>Retirer un vote de la salle</source>
        <translation>Remove a vote of the room</translation>
    </message>
    <message>
        <source>Chercher une carte</source>
        <translation>Find a card</translation>
    </message>
    <message>
        <source>Compter les gommettes</source>
        <translation>Count the sticker dots</translation>
    </message>
    <message>
        <source>Révéler les votes</source>
        <translation>Reveal the votes</translation>
    </message>
    <message>
        <source>tableau</source>
        <translation>board</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Modifier le texte</source>
        <translation>Edit the text</translation>
    </message>
    <message>
        <source>Décaler à gauche</source>
        <translation>Nudge left</translation>
    </message>
    <message>
        <source>Décaler à droite</source>
        <translation>Nudge right</translation>
    </message>
    <message>
        <source>Décaler vers le haut</source>
        <translation>Nudge up</translation>
    </message>
    <message>
        <source>Décaler vers le bas</source>
        <translation>Nudge down</translation>
    </message>
    <message>
        <source>Saisie rapide</source>
        <translation>Quick entry</translation>
    </message>
    <message>
        <source>Ce tableau n&apos;a pas encore de zones. Appliquer un modèle :</source>
        <translation>This board has no zones yet. Apply a template:</translation>
    </message>
    <message>
        <source>Appliquer le modèle {name}</source>
        <translation>Apply the {name} template</translation>
    </message>
    <message>
        <source>Exporter le tableau</source>
        <translation>Export the board</translation>
    </message>
    <message>
        <source>Image PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Image SVG (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Modifier {count} engagement(s)</source>
        <translation>Edit {count} commitment(s)</translation>
    </message>
    <message>
        <source>Nouveau statut</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>— inchangé —</source>
        <translation>— unchanged —</translation>
    </message>
    <message>
        <source>Réalisé le (laisser vide si non réalisé)</source>
        <translation>Done on (leave empty if not done)</translation>
    </message>
    <message>
        <source>Note ajoutée à chaque engagement</source>
        <translation>Note added to each commitment</translation>
    </message>
    <message>
        <source>ex. Réponse du 03/12 : confirmé par courriel</source>
        <translation>e.g. Reply of 03/12: confirmed by e-mail</translation>
    </message>
    <message>
        <source>&amp;Statut</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Réalisé le</source>
        <translation>&amp;Done on</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Ajouter une carte</source>
        <translation>Add a card</translation>
    </message>
    <message>
        <source>Modifier une carte</source>
        <translation>Edit a card</translation>
    </message>
    <message numerus="yes">
        <source>Supprimer %n carte(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dupliquer %n carte(s)</source>
        <translation>
            <numerusform>Duplicate %n card</numerusform>
            <numerusform>Duplicate %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Déplacer vers « {zone} »</source>
        <translation>Move to “{zone}”</translation>
    </message>
    <message numerus="yes">
        <source>Déplacer %n carte(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Changer l&apos;auteur</source>
        <translation>Change the author</translation>
    </message>
    <message>
        <source>Auteur (personne ou structure) :</source>
        <translation>Author (person or organisation):</translation>
    </message>
    <message>
        <source>Changer l&apos;auteur d&apos;une carte</source>
        <translation>Change a card&apos;s author</translation>
    </message>
    <message>
        <source>Changer les ODD d&apos;une carte</source>
        <translation>Change a card&apos;s SDGs</translation>
    </message>
    <message>
        <source>Jaune</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Vert</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Bleu</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Gris</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Autre couleur…</source>
        <translation>Other colour…</translation>
    </message>
    <message>
        <source>Couleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Couleur de la carte</source>
        <translation>Card colour</translation>
    </message>
    <message>
        <source>Sans couleur</source>
        <translation>No colour</translation>
    </message>
    <message numerus="yes">
        <source>Changer la couleur de %n carte(s)</source>
        <translation>
            <numerusform>Change the colour of %n card</numerusform>
            <numerusform>Change the colour of %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Étiquettes de la carte, séparées par des virgules :</source>
        <translation>The card&apos;s tags, separated by commas:</translation>
    </message>
    <message numerus="yes">
        <source>Changer les étiquettes de %n carte(s)</source>
        <translation>
            <numerusform>Change the tags of %n card</numerusform>
            <numerusform>Change the tags of %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Couleur du regroupement</source>
        <translation>Group colour</translation>
    </message>
    <message>
        <source>Changer la couleur d&apos;un regroupement</source>
        <translation>Change a group&apos;s colour</translation>
    </message>
    <message>
        <source>Replier un regroupement</source>
        <translation>Fold a group</translation>
    </message>
    <message>
        <source>Déplier un regroupement</source>
        <translation>Unfold a group</translation>
    </message>
    <message>
        <source>Regrouper</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Nom du regroupement :</source>
        <translation>Cluster name:</translation>
    </message>
    <message>
        <source>Regroupement</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Regrouper les cartes</source>
        <translation>Group the cards</translation>
    </message>
    <message>
        <source>Dégrouper</source>
        <translation>Ungroup</translation>
    </message>
    <message>
        <source>Renommer le regroupement</source>
        <translation>Rename the cluster</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Renommer un regroupement</source>
        <translation>Rename a cluster</translation>
    </message>
</context>
<context>
    <name>CommitmentCaptureForm</name>
    <message>
        <source>Saisie rapide d&apos;un engagement</source>
        <translation>Quick commitment entry</translation>
    </message>
    <message>
        <source>Alliance de l&apos;engagement</source>
        <translation>Alliance of the commitment</translation>
    </message>
    <message>
        <source>Organisation qui s&apos;engage</source>
        <translation>Committing organisation</translation>
    </message>
    <message>
        <source>Organisation (tapez pour compléter)</source>
        <translation>Organisation (type to complete)</translation>
    </message>
    <message>
        <source>Type de la nouvelle organisation</source>
        <translation>Kind of the new organisation</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Personne de cette organisation</source>
        <translation>Person from this organisation</translation>
    </message>
    <message>
        <source>Ce qui est engagé</source>
        <translation>What is committed</translation>
    </message>
    <message>
        <source>Type de ressource</source>
        <translation>Resource type</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>ex. 1 500,50</source>
        <translation>e.g. 1 500,50</translation>
    </message>
    <message>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Échéance (JJ/MM/AAAA)</source>
        <translation>Due date (DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Statut de l&apos;engagement</source>
        <translation>Commitment status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Enregistrer (Entrée)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;engagement</source>
        <translation>Save the commitment</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>A&amp;lliance</source>
        <translation>A&amp;lliance</translation>
    </message>
    <message>
        <source>Quant&amp;ité</source>
        <translation>Quant&amp;ity</translation>
    </message>
    <message>
        <source>&amp;Unité</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>É&amp;chéance</source>
        <translation>Due dat&amp;e</translation>
    </message>
    <message>
        <source>&amp;Partenaire</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>Si&amp;gnataire</source>
        <translation>Si&amp;gnatory</translation>
    </message>
    <message>
        <source>&amp;Quoi</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>&amp;Ressource</source>
        <translation>&amp;Resource</translation>
    </message>
    <message>
        <source>S&amp;tatut</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Organisation du registre : « {name} ».</source>
        <translation>In the registry: “{name}”.</translation>
    </message>
    <message>
        <source>Nouvelle organisation : choisissez son type pour l&apos;ajouter au registre.</source>
        <translation>New organisation: choose its kind to add it to the registry.</translation>
    </message>
    <message>
        <source>Nouvelle organisation : elle sera ajoutée au registre.</source>
        <translation>New organisation: it will be added to the directory.</translation>
    </message>
    <message>
        <source>Indiquez l&apos;organisation qui s&apos;engage.</source>
        <translation>Enter the committing organisation.</translation>
    </message>
    <message>
        <source>Plusieurs organisations correspondent : choisissez-en une dans la liste.</source>
        <translation>Several organisations match: pick one from the list.</translation>
    </message>
    <message>
        <source>Dites ce qui est engagé.</source>
        <translation>Say what is committed.</translation>
    </message>
    <message>
        <source>La quantité doit être un nombre (ex. 1 500,50).</source>
        <translation>The quantity must be a number (e.g. 1 500,50).</translation>
    </message>
    <message>
        <source>La quantité ne peut pas être négative.</source>
        <translation>The quantity cannot be negative.</translation>
    </message>
    <message>
        <source>Date attendue au format JJ/MM/AAAA.</source>
        <translation>Date expected as DD/MM/YYYY.</translation>
    </message>
    <message>
        <source>L&apos;échéance est avant la date de l&apos;atelier.</source>
        <translation>The due date is before the workshop date.</translation>
    </message>
    <message>
        <source>Cette personne n&apos;est pas de l&apos;organisation partenaire.</source>
        <translation>This person is not from the partner organisation.</translation>
    </message>
    <message>
        <source>Créez d&apos;abord une alliance.</source>
        <translation>Create an alliance first.</translation>
    </message>
    <message>
        <source>Modifier l&apos;engagement</source>
        <translation>Edit the commitment</translation>
    </message>
    <message>
        <source>Enregistrer la modification (Entrée)</source>
        <translation>Save the change (Enter)</translation>
    </message>
</context>
<context>
    <name>CommitmentHistoryDialog</name>
    <message>
        <source>Historique de l&apos;engagement</source>
        <translation>History of the commitment</translation>
    </message>
    <message>
        <source>{organisation} – {what} (alliance « {alliance} »)</source>
        <translation>{organisation} – {what} (alliance “{alliance}”)</translation>
    </message>
    <message>
        <source>Étapes de l&apos;engagement</source>
        <translation>Steps of the commitment</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Ressource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Relancé le</source>
        <translation>Reminded on</translation>
    </message>
    <message>
        <source>{date} – en retard</source>
        <translation>{date} – overdue</translation>
    </message>
</context>
<context>
    <name>CommitmentWall</name>
    <message>
        <source>{kind} : {amounts}</source>
        <translation>{kind}: {amounts}</translation>
    </message>
    <message>
        <source>Mur des engagements</source>
        <translation>Commitment wall</translation>
    </message>
    <message>
        <source>Relecture des engagements (Espace)</source>
        <translation>Read-back of commitments (Space)</translation>
    </message>
    <message>
        <source>Lancer la relecture des engagements</source>
        <translation>Start the read-back of commitments</translation>
    </message>
    <message>
        <source>Titre du mur</source>
        <translation>Wall title</translation>
    </message>
    <message>
        <source>Total de l&apos;atelier</source>
        <translation>Workshop total</translation>
    </message>
    <message>
        <source>Totaux de l&apos;atelier par statut</source>
        <translation>Workshop totals by status</translation>
    </message>
    <message>
        <source>Total
{total}</source>
        <translation>Total
{total}</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Aucune alliance pour cet atelier.</source>
        <translation>No alliance for this workshop.</translation>
    </message>
    <message>
        <source>Pas encore d&apos;engagement.</source>
        <translation>No commitment yet.</translation>
    </message>
</context>
<context>
    <name>CommuneField</name>
    <message>
        <source>Code postal ou nom de la commune</source>
        <translation>Postcode or commune name</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Nouvelle décision… (Entrée)</source>
        <translation>New decision… (Enter)</translation>
    </message>
</context>
<context>
    <name>DotCounter</name>
    <message>
        <source>Compter les gommettes</source>
        <translation>Count the sticker dots</translation>
    </message>
    <message>
        <source>Gommettes comptées sur la carte</source>
        <translation>Sticker dots counted on the card</translation>
    </message>
    <message>
        <source>Chiffres : gommettes · Entrée ou Tab : carte suivante · Maj+Tab : précédente · Retour arrière : effacer · Échap : terminer</source>
        <translation>Digits: dots · Enter or Tab: next card · Shift+Tab: previous · Backspace: clear · Escape: finish</translation>
    </message>
    <message>
        <source>Aucune carte à compter.</source>
        <translation>No card to count.</translation>
    </message>
    <message>
        <source>Carte {i} sur {n}</source>
        <translation>Card {i} of {n}</translation>
    </message>
    <message>
        <source>Gommettes : {n}</source>
        <translation>Dots: {n}</translation>
    </message>
</context>
<context>
    <name>DotCounting</name>
    <message>
        <source>Démarrer un vote</source>
        <translation>Start a vote</translation>
    </message>
    <message>
        <source>Effacer les gommettes</source>
        <translation>Clear the dots</translation>
    </message>
    <message>
        <source>Compter les gommettes</source>
        <translation>Count the sticker dots</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choisir le fichier</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>CSV ou Excel (.xlsx) : export Eventbrite, HelloAsso, Google Forms, tableur, répertoires SIRENE ou RNA.</source>
        <translation>CSV or Excel (.xlsx): Eventbrite, HelloAsso or Google Forms export, spreadsheet, SIRENE or RNA registers.</translation>
    </message>
    <message>
        <source>Fichier à importer</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Chemin du fichier</source>
        <translation>File path</translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Lecture du fichier</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>Arrêter la lecture</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Lecture du fichier…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Inscrire les personnes importées à l&apos;atelier « {title} »</source>
        <translation>Register the imported people for the workshop “{title}”</translation>
    </message>
    <message>
        <source>Importer des participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Tableaux (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</source>
        <translation>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Lecture arrêtée : rien n&apos;a été importé.</source>
        <translation>Reading stopped: nothing was imported.</translation>
    </message>
    <message>
        <source>Impossible de lire ce fichier : {error}</source>
        <translation>Cannot read this file: {error}</translation>
    </message>
    <message>
        <source>Ce fichier ne contient aucune ligne sous ses en-têtes.</source>
        <translation>This file has no rows below its headers.</translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>{name} est trop gros pour être lu.</source>
        <translation>{name} is too big to be read.</translation>
    </message>
</context>
<context>
    <name>FindFilter</name>
    <message>
        <source>Chercher une carte (Ctrl+F)</source>
        <translation>Find a card (Ctrl+F)</translation>
    </message>
    <message>
        <source>Chercher une carte</source>
        <translation>Find a card</translation>
    </message>
    <message>
        <source>Filtrer les cartes</source>
        <translation>Filter the cards</translation>
    </message>
    <message>
        <source>Toutes les cartes</source>
        <translation>All cards</translation>
    </message>
    <message>
        <source>Type : {kind}</source>
        <translation>Type: {kind}</translation>
    </message>
    <message>
        <source>Structure : {name}</source>
        <translation>Organisation: {name}</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Filtrer par territoire</source>
        <translation>Filter by territory</translation>
    </message>
    <message>
        <source>Filtrer par partenaire</source>
        <translation>Filter by partner</translation>
    </message>
    <message>
        <source>Filtrer par alliance</source>
        <translation>Filter by alliance</translation>
    </message>
    <message>
        <source>Échéance à partir du</source>
        <translation>Due from</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Échéance jusqu&apos;au</source>
        <translation>Due until</translation>
    </message>
    <message>
        <source>Statut {status}</source>
        <translation>Status {status}</translation>
    </message>
    <message>
        <source>Totaux des engagements listés</source>
        <translation>Totals of the listed commitments</translation>
    </message>
    <message>
        <source>Engagements à suivre</source>
        <translation>Commitments to follow up</translation>
    </message>
    <message>
        <source>Passer la sélection à :</source>
        <translation>Set the selection to:</translation>
    </message>
    <message>
        <source>Passer les engagements choisis à {status}</source>
        <translation>Set the selected commitments to {status}</translation>
    </message>
    <message>
        <source>Revoir les engagements ouverts</source>
        <translation>Review open commitments</translation>
    </message>
    <message>
        <source>Revoir un par un les engagements ouverts listés</source>
        <translation>Review the listed open commitments one by one</translation>
    </message>
    <message>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Relancer ce qui arrive à échéance dans ce nombre de jours</source>
        <translation>Remind what falls due within this number of days</translation>
    </message>
    <message>
        <source>&amp;Relancer…</source>
        <translation>&amp;Remind…</translation>
    </message>
    <message>
        <source>Relancer les partenaires des engagements choisis, sinon de ceux en retard ou à échéance proche</source>
        <translation>Remind the partners of the chosen commitments, else of those overdue or due soon</translation>
    </message>
    <message>
        <source>&amp;Modifier la sélection…</source>
        <translation>&amp;Edit the selection…</translation>
    </message>
    <message>
        <source>Noter les réponses : statut, date de réalisation et note des engagements choisis</source>
        <translation>Record the replies: status, date done and note of the chosen commitments</translation>
    </message>
    <message>
        <source>&amp;Historique…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Historique de l&apos;engagement choisi : idée, alliance, relances, statuts</source>
        <translation>History of the chosen commitment: idea, alliance, reminders, statuses</translation>
    </message>
    <message>
        <source>Importer des ré&amp;ponses…</source>
        <translation>Import re&amp;plies…</translation>
    </message>
    <message>
        <source>Importer la fiche de retour complétée par un partenaire (CSV ou Excel)</source>
        <translation>Import the return sheet a partner filled in (CSV or Excel)</translation>
    </message>
    <message>
        <source>Échéance d&apos;ici</source>
        <translation>Due within</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Échéance du</source>
        <translation>Due from</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Tous les territoires</source>
        <translation>All territories</translation>
    </message>
    <message>
        <source>Tous les partenaires</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>Toutes les alliances</source>
        <translation>All alliances</translation>
    </message>
    <message>
        <source>Date attendue au format JJ/MM/AAAA.</source>
        <translation>Date expected as DD/MM/YYYY.</translation>
    </message>
    <message>
        <source>{count} engagement(s), dont {overdue} en retard</source>
        <translation>{count} commitment(s), {overdue} overdue</translation>
    </message>
    <message>
        <source>Passer {count} engagement(s) à « {status} »</source>
        <translation>Set {count} commitment(s) to “{status}”</translation>
    </message>
    <message>
        <source>Relancer les partenaires</source>
        <translation>Remind the partners</translation>
    </message>
    <message>
        <source>Aucun engagement ouvert n&apos;arrive à échéance dans ce délai : choisissez des engagements dans la liste, ou allongez le délai.</source>
        <translation>No open commitment falls due within this time: choose commitments in the list, or lengthen the time.</translation>
    </message>
    <message>
        <source>Fiche de retour d&apos;un partenaire</source>
        <translation>A partner&apos;s return sheet</translation>
    </message>
    <message>
        <source>Fiches de retour (*.csv *.xlsx)</source>
        <translation>Return sheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Fiche illisible</source>
        <translation>Unreadable sheet</translation>
    </message>
    <message>
        <source>Déc&amp;isions et suites</source>
        <translation>Dec&amp;isions and follow-up</translation>
    </message>
    <message>
        <source>Décisions et suites</source>
        <translation>Decisions and follow-up</translation>
    </message>
    <message>
        <source>Entrée : écrire dans la case (dans la dernière ligne, une nouvelle décision). Suppr : retirer. Alt+Haut / Alt+Bas : déplacer.</source>
        <translation>Enter: type in the cell (in the last row, a new decision). Delete: remove. Alt+Up / Alt+Down: move.</translation>
    </message>
    <message>
        <source>Ajouter une décision (Inser)</source>
        <translation>Add a decision (Ins)</translation>
    </message>
    <message>
        <source>Retirer la décision (Suppr)</source>
        <translation>Remove the decision (Del)</translation>
    </message>
    <message>
        <source>Monter la décision (Alt+Haut)</source>
        <translation>Move the decision up (Alt+Up)</translation>
    </message>
    <message>
        <source>Descendre la décision (Alt+Bas)</source>
        <translation>Move the decision down (Alt+Down)</translation>
    </message>
    <message>
        <source>Ajouter une décision</source>
        <translation>Add a decision</translation>
    </message>
    <message>
        <source>Date de la prochaine rencontre</source>
        <translation>Date of the next meeting</translation>
    </message>
    <message>
        <source>Effacer la date (Ctrl+A puis Suppr) : « — ».</source>
        <translation>Clear the date (Ctrl+A then Del): “—”.</translation>
    </message>
    <message>
        <source>Lieu de la prochaine rencontre</source>
        <translation>Place of the next meeting</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Contact de l&apos;animateur</source>
        <translation>Facilitator&apos;s contact</translation>
    </message>
    <message>
        <source>Courriel ou téléphone</source>
        <translation>E-mail or phone</translation>
    </message>
    <message>
        <source>Imprimé sur les fiches partenaires : à qui répondre pour confirmer.</source>
        <translation>Printed on the partner sheets: whom to answer to confirm.</translation>
    </message>
    <message>
        <source>&amp;Prochaine rencontre :</source>
        <translation>&amp;Next meeting:</translation>
    </message>
    <message>
        <source>Lie&amp;u :</source>
        <translation>Pla&amp;ce:</translation>
    </message>
    <message>
        <source>&amp;Contact de l&apos;animateur :</source>
        <translation>Facilitator&apos;s &amp;contact:</translation>
    </message>
    <message>
        <source>Imprimés en première page du compte rendu ; la rencontre et le contact, sur les fiches partenaires.</source>
        <translation>Printed on the report&apos;s first page; the meeting and the contact, on the partner sheets.</translation>
    </message>
    <message>
        <source>Erreur de saisie</source>
        <translation>Input error</translation>
    </message>
    <message>
        <source>Modifier la décision</source>
        <translation>Edit the decision</translation>
    </message>
    <message>
        <source>Retirer la décision</source>
        <translation>Remove the decision</translation>
    </message>
    <message>
        <source>Déplacer la décision</source>
        <translation>Move the decision</translation>
    </message>
    <message>
        <source>Prochaine rencontre</source>
        <translation>Next meeting</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide d&apos;une journée d&apos;atelier</source>
        <translation>Guide to a workshop day</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Importer des participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Suivant &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Précédent</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importer {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <source>L&apos;import n&apos;a pas eu lieu : {error}</source>
        <translation>The import did not happen: {error}</translation>
    </message>
</context>
<context>
    <name>InPlaceEditor</name>
    <message>
        <source>Texte de la carte</source>
        <translation>Card text</translation>
    </message>
    <message>
        <source>Texte de la carte (Entrée pour valider, Échap pour annuler)</source>
        <translation>Card text (Enter to confirm, Esc to cancel)</translation>
    </message>
</context>
<context>
    <name>LiveDock</name>
    <message>
        <source>Participation en direct</source>
        <translation>Live participation</translation>
    </message>
    <message>
        <source>&amp;Participation depuis les téléphones</source>
        <translation>&amp;Participation from phones</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>cet ordinateur seulement</source>
        <translation>this computer only</translation>
    </message>
    <message>
        <source>réseau filaire ou point d&apos;accès</source>
        <translation>wired network or hotspot</translation>
    </message>
    <message>
        <source>réseau</source>
        <translation>network</translation>
    </message>
    <message>
        <source>Participation en direct</source>
        <translation>Live participation</translation>
    </message>
    <message>
        <source>Laisser les participant·es contribuer depuis leur téléphone</source>
        <translation>Let participants contribute from their phones</translation>
    </message>
    <message>
        <source>Réseau des téléphones</source>
        <translation>Phones&apos; network</translation>
    </message>
    <message>
        <source>Le réseau Wi-Fi de la salle ou le point d&apos;accès</source>
        <translation>The room&apos;s Wi-Fi network or the hotspot</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Actualiser la liste des réseaux</source>
        <translation>Refresh the list of networks</translation>
    </message>
    <message>
        <source>Réseau :</source>
        <translation>Network:</translation>
    </message>
    <message>
        <source>QR code de la participation</source>
        <translation>Participation QR code</translation>
    </message>
    <message>
        <source>Afficher en grand pour la salle</source>
        <translation>Show full-size for the room</translation>
    </message>
    <message>
        <source>Téléphones connectés</source>
        <translation>Connected phones</translation>
    </message>
    <message>
        <source>Zones ouvertes aux contributions</source>
        <translation>Zones open to contributions</translation>
    </message>
    <message>
        <source>Publication des contributions</source>
        <translation>Publishing contributions</translation>
    </message>
    <message>
        <source>Directe : au tableau aussitôt envoyées</source>
        <translation>Direct: on the board as soon as sent</translation>
    </message>
    <message>
        <source>Avec modération : je relis avant</source>
        <translation>Moderated: I review them first</translation>
    </message>
    <message>
        <source>&amp;Anonyme (cartes sans nom)</source>
        <translation>&amp;Anonymous (cards without names)</translation>
    </message>
    <message>
        <source>Cartes des téléphones sans nom, au tableau et au compte rendu. Les participant·es donnent toujours leur prénom et leur organisation : cela compte leur présence et leurs votes, mais leurs cartes n&apos;en portent pas.</source>
        <translation>Phone cards without names, on the board and in the report. Participants still give their first name and organisation: it counts their attendance and their votes, but their cards carry neither.</translation>
    </message>
    <message>
        <source>Contributions à modérer</source>
        <translation>Contributions to moderate</translation>
    </message>
    <message>
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Rejeter</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Correspondances à confirmer</source>
        <translation>Matches to confirm</translation>
    </message>
    <message>
        <source>C&apos;est bien…</source>
        <translation>Yes, this is…</translation>
    </message>
    <message>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Une contribution attend encore d&apos;être relue.</source>
        <translation>One contribution is still waiting to be read.</translation>
    </message>
    <message>
        <source>%1 contributions attendent encore d&apos;être relues.</source>
        <translation>%1 contributions are still waiting to be read.</translation>
    </message>
    <message>
        <source>Relisez-les avant d&apos;arrêter, ou arrêtez et supprimez-les : elles ne seront pas gardées après la séance.</source>
        <translation>Read them before stopping, or stop and delete them: they are not kept after the session.</translation>
    </message>
    <message>
        <source>&amp;Les relire d&apos;abord</source>
        <translation>&amp;Read them first</translation>
    </message>
    <message>
        <source>&amp;Arrêter et les supprimer</source>
        <translation>&amp;Stop and delete them</translation>
    </message>
    <message>
        <source>Base ouverte en lecture seule : les téléphones ne peuvent rien y ajouter.</source>
        <translation>Database open read-only: phones cannot add anything to it.</translation>
    </message>
    <message>
        <source>Aucun réseau disponible : activez le Wi-Fi.</source>
        <translation>No network available: turn on Wi-Fi.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la participation : %1</source>
        <translation>Cannot open participation: %1</translation>
    </message>
    <message>
        <source>Scannez le QR code, ou tapez l&apos;adresse puis le code sur le téléphone.</source>
        <translation>Scan the QR code, or type the address and then the code on the phone.</translation>
    </message>
    <message>
        <source>Arrêter la participation</source>
        <translation>Stop participation</translation>
    </message>
    <message>
        <source>Ouvrir la participation</source>
        <translation>Open participation</translation>
    </message>
    <message>
        <source>Rien n&apos;est ouvert sur le réseau tant que la participation est arrêtée.</source>
        <translation>Nothing is open on the network while participation is stopped.</translation>
    </message>
    <message>
        <source>%1
code : %2</source>
        <translation>%1
code: %2</translation>
    </message>
    <message>
        <source>Participez depuis votre téléphone</source>
        <translation>Take part from your phone</translation>
    </message>
    <message>
        <source>Participez depuis votre téléphone : scannez le QR code</source>
        <translation>Take part from your phone: scan the QR code</translation>
    </message>
    <message>
        <source>Téléphones connectés : %1</source>
        <translation>Connected phones: %1</translation>
    </message>
    <message>
        <source>À modérer (%1)</source>
        <translation>To moderate (%1)</translation>
    </message>
    <message>
        <source>Anonyme</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>{author} : {text}</source>
        <translation>{author}: {text}</translation>
    </message>
    <message>
        <source>Contribution · %1</source>
        <translation>Contribution · %1</translation>
    </message>
    <message>
        <source>Engagement · %1</source>
        <translation>Commitment · %1</translation>
    </message>
    <message>
        <source>Accepter la contribution</source>
        <translation>Accept the contribution</translation>
    </message>
    <message>
        <source>Cette contribution ne peut plus être acceptée.</source>
        <translation>This contribution can no longer be accepted.</translation>
    </message>
    <message>
        <source>Modifier la contribution</source>
        <translation>Edit the contribution</translation>
    </message>
    <message>
        <source>Le texte est vide ou trop long.</source>
        <translation>The text is empty or too long.</translation>
    </message>
    <message>
        <source>Correspondances à confirmer (%1)</source>
        <translation>Matches to confirm (%1)</translation>
    </message>
    <message>
        <source>%1, inscrit·e depuis un téléphone
est-ce %2 ?</source>
        <translation>%1, joined from a phone
is this %2?</translation>
    </message>
    <message>
        <source>Organisation « %1 », ajoutée depuis un téléphone
est-ce « %2 » ?</source>
        <translation>Organisation “%1”, added from a phone
is this “%2”?</translation>
    </message>
    <message>
        <source>Nouvelle organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>C&apos;est bien %1</source>
        <translation>Yes, this is %1</translation>
    </message>
</context>
<context>
    <name>LiveService</name>
    <message>
        <source>Cartes des téléphones sans nom</source>
        <translation>Phone cards without names</translation>
    </message>
    <message>
        <source>Cartes des téléphones avec le nom</source>
        <translation>Phone cards with names</translation>
    </message>
    <message>
        <source>Contributions de %1</source>
        <translation>Contributions from %1</translation>
    </message>
    <message>
        <source>Contributions anonymes</source>
        <translation>Anonymous contributions</translation>
    </message>
    <message>
        <source>%1 cartes des téléphones</source>
        <translation>%1 cards from phones</translation>
    </message>
    <message>
        <source>Arrivée de %1 depuis un téléphone</source>
        <translation>Arrival of %1 from a phone</translation>
    </message>
    <message>
        <source>C&apos;est bien %1</source>
        <translation>Yes, this is %1</translation>
    </message>
    <message>
        <source>Carte de table de %1</source>
        <translation>Table card from %1</translation>
    </message>
    <message>
        <source>Carte de table</source>
        <translation>Table card</translation>
    </message>
    <message>
        <source>%1 hôte de table</source>
        <translation>%1 table host</translation>
    </message>
    <message>
        <source>Vote de %1</source>
        <translation>Vote by %1</translation>
    </message>
    <message>
        <source>Vote anonyme</source>
        <translation>Anonymous vote</translation>
    </message>
    <message>
        <source>Vote retiré par %1</source>
        <translation>Vote withdrawn by %1</translation>
    </message>
    <message>
        <source>Vote anonyme retiré</source>
        <translation>Anonymous vote withdrawn</translation>
    </message>
    <message>
        <source>Carte retirée par %1</source>
        <translation>Card withdrawn by %1</translation>
    </message>
    <message>
        <source>Carte anonyme retirée</source>
        <translation>Anonymous card withdrawn</translation>
    </message>
    <message>
        <source>Carte modifiée par %1</source>
        <translation>Card edited by %1</translation>
    </message>
    <message>
        <source>Carte anonyme modifiée</source>
        <translation>Anonymous card edited</translation>
    </message>
    <message>
        <source>Contribution de %1</source>
        <translation>Card from %1</translation>
    </message>
    <message>
        <source>Contribution anonyme</source>
        <translation>Anonymous contribution</translation>
    </message>
    <message>
        <source>Engagement de %1</source>
        <translation>Commitment from %1</translation>
    </message>
    <message>
        <source>Réponse au sondage de %1</source>
        <translation>Poll answer from %1</translation>
    </message>
    <message>
        <source>Sujet proposé par %1</source>
        <translation>Topic proposed by %1</translation>
    </message>
    <message>
        <source>%1 rejoint une session</source>
        <translation>%1 joins a session</translation>
    </message>
    <message>
        <source>%1 quitte une session</source>
        <translation>%1 leaves a session</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation entre les écrans</source>
        <translation>Navigation between screens</translation>
    </message>
    <message>
        <source>Atelier courant</source>
        <translation>Current workshop</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Acteurs</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Tableau</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Alliances</source>
        <translation>Alliances</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Méthodes</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>L&apos;écran « {name} » n&apos;a pas pu s&apos;ouvrir : {error}</source>
        <translation>The “{name}” screen could not open: {error}</translation>
    </message>
    <message>
        <source>&amp;Nouveau fichier…</source>
        <translation>&amp;New file…</translation>
    </message>
    <message>
        <source>Nouvel &amp;atelier</source>
        <translation>New &amp;workshop</translation>
    </message>
    <message>
        <source>Préparer un nouvel atelier dans ce fichier</source>
        <translation>Prepare a new workshop in this file</translation>
    </message>
    <message>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>E&amp;xporter l&apos;atelier (.catalyse)…</source>
        <translation>E&amp;xport the workshop (.catalyse)…</translation>
    </message>
    <message>
        <source>Un fichier pour passer l&apos;atelier à un autre catalyseur (sans coordonnées)</source>
        <translation>A file to hand the workshop over to another catalyst (without contact details)</translation>
    </message>
    <message>
        <source>&amp;Importer un atelier (.catalyse)…</source>
        <translation>&amp;Import a workshop (.catalyse)…</translation>
    </message>
    <message>
        <source>Restaurer une &amp;sauvegarde…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Langue du système</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Guide d&apos;une journée d&apos;atelier</source>
        <translation>&amp;Guide to a workshop day</translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>À &amp;propos de Catalyse</source>
        <translation>&amp;About Catalyse</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Fichiers &amp;récents</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Atelier &amp;courant :</source>
        <translation>&amp;Current workshop:</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>Barre d&apos;outils principale</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Nouveau fichier Catalyse</source>
        <translation>New Catalyse file</translation>
    </message>
    <message>
        <source>ateliers.sqlite</source>
        <translation>workshops.sqlite</translation>
    </message>
    <message>
        <source>Nouveau fichier</source>
        <translation>New file</translation>
    </message>
    <message>
        <source>Le fichier « {name} » existe déjà : Catalyse ne l&apos;écrase pas. Ouvrez-le avec Fichier &gt; Ouvrir, ou choisissez un autre nom.</source>
        <translation>The file “{name}” already exists: Catalyse does not overwrite it. Open it with File &gt; Open, or choose another name.</translation>
    </message>
    <message>
        <source>Ouvrir une base Catalyse</source>
        <translation>Open a Catalyse database</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le fichier</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Le fichier « {name} » ne peut pas être ouvert.

{reason}</source>
        <translation>The file “{name}” cannot be opened.

{reason}</translation>
    </message>
    <message>
        <source>Aucun atelier : créez-en un</source>
        <translation>No workshop yet: create one</translation>
    </message>
    <message>
        <source>Fichier : {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage de Catalyse.</source>
        <translation>The new language will apply the next time Catalyse starts.</translation>
    </message>
    <message>
        <source>Atelier exporté dans {path}</source>
        <translation>Workshop exported to {path}</translation>
    </message>
    <message>
        <source>La sauvegarde automatique a échoué : {message}</source>
        <translation>The automatic backup failed: {message}</translation>
    </message>
    <message>
        <source>Application autonome, compilation {build}</source>
        <translation>Standalone application, build {build}</translation>
    </message>
    <message>
        <source>Installée avec Python (pip)</source>
        <translation>Installed with Python (pip)</translation>
    </message>
    <message>
        <source>À propos de Catalyse</source>
        <translation>About Catalyse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Catalyse {version}&lt;/h3&gt;&lt;p&gt;L&apos;atelier de co-construction d&apos;un territoire : acteurs, tableau collaboratif, alliances, engagements et rapport imprimé.&lt;/p&gt;&lt;p&gt;Vos données restent sur cet ordinateur.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Catalyse {version}&lt;/h3&gt;&lt;p&gt;A territory&apos;s co-construction workshop: stakeholders, live board, alliances, commitments and a printed report.&lt;/p&gt;&lt;p&gt;Your data stays on this computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Correspondance des colonnes</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Catalyse a deviné à quoi correspond chaque colonne d&apos;après son en-tête. Corrigez si besoin ; « Ignorer » laisse la colonne de côté.</source>
        <translation>Catalyse guessed what each column holds from its header. Correct it if needed; “Ignore” leaves the column out.</translation>
    </message>
    <message>
        <source>Prévision de l&apos;import</source>
        <translation>Import forecast</translation>
    </message>
    <message>
        <source>Prévoir le résultat</source>
        <translation>Forecast the result</translation>
    </message>
    <message>
        <source>Lignes dont une cellule ressemble à une formule</source>
        <translation>Rows with a cell that looks like a formula</translation>
    </message>
    <message>
        <source>Cellules qui ressemblent à des &amp;formules :</source>
        <translation>Cells that look like &amp;formulas:</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>À vérifier</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Lignes à vérifier avant l&apos;import</source>
        <translation>Rows to check before importing</translation>
    </message>
    <message>
        <source>— Ignorer —</source>
        <translation>— Ignore —</translation>
    </message>
    <message>
        <source>Champ de la colonne {header}</source>
        <translation>Field of the column {header}</translation>
    </message>
    <message>
        <source>Colonnes laissées de côté :</source>
        <translation>Columns left aside:</translation>
    </message>
    <message>
        <source>(sans en-tête)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>ex. : {sample}</source>
        <translation>e.g. {sample}</translation>
    </message>
    <message>
        <source>Prévision à actualiser.</source>
        <translation>Forecast out of date.</translation>
    </message>
    <message>
        <source>Prévision : {pc} personne(s) créée(s), {pu} mise(s) à jour ; {oc} structure(s) créée(s), {ou} mise(s) à jour ; {r} ligne(s) rejetée(s).</source>
        <translation>Forecast: {pc} person(s) created, {pu} updated; {oc} organisation(s) created, {ou} updated; {r} row(s) rejected.</translation>
    </message>
    <message>
        <source>« {value} » (colonne « {column} ») sera importé comme « {text} »</source>
        <translation>“{value}” (column “{column}”) will be imported as “{text}”</translation>
    </message>
    <message>
        <source>« {value} » (colonne « {column} ») : aucun type d&apos;apport reconnu, à compléter dans la fiche de la structure</source>
        <translation>“{value}” (column “{column}”): no kind of contribution recognised, to be filled in on the organisation&apos;s record</translation>
    </message>
    <message>
        <source>Choisissez au moins une colonne de nom, d&apos;e-mail ou de structure.</source>
        <translation>Pick at least a name, e-mail or organisation column.</translation>
    </message>
    <message>
        <source>Aucune colonne de nom : seules les personnes déjà dans l&apos;annuaire avec cette adresse e-mail seront mises à jour, les autres lignes seront rejetées.</source>
        <translation>No name column: only the people already in the registry with that e-mail address will be updated; the other rows will be rejected.</translation>
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <source>Apporte</source>
        <translation>Brings</translation>
    </message>
    <message>
        <source>Ressources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Cherche</source>
        <translation>Seeks</translation>
    </message>
    <message>
        <source>ODD communs</source>
        <translation>Shared SDGs</translation>
    </message>
    <message>
        <source>À l&apos;atelier</source>
        <translation>At the workshop</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
</context>
<context>
    <name>MethodsPicker</name>
    <message>
        <source>Méthodes de l&apos;atelier</source>
        <translation>The workshop&apos;s methods</translation>
    </message>
</context>
<context>
    <name>MethodsScreen</name>
    <message>
        <source>Méthodes d&apos;animation</source>
        <translation>Facilitation methods</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Forum ouvert</source>
        <translation>Open space</translation>
    </message>
    <message>
        <source>Sondages</source>
        <translation>Polls</translation>
    </message>
    <message>
        <source>Projeter le forum ou le sondage</source>
        <translation>Project the open space or the poll</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Durée en minutes</source>
        <translation>Duration in minutes</translation>
    </message>
</context>
<context>
    <name>NeedsButton</name>
    <message>
        <source>Besoins du territoire auxquels il répond</source>
        <translation>Territorial needs it answers</translation>
    </message>
    <message>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>NeedsPicker</name>
    <message>
        <source>Besoins du territoire auxquels il répond</source>
        <translation>Territorial needs it answers</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>Toutes deux présentes</source>
        <translation>Both present</translation>
    </message>
    <message>
        <source>Une présente</source>
        <translation>One present</translation>
    </message>
    <message>
        <source>Toutes deux inscrites</source>
        <translation>Both registered</translation>
    </message>
    <message>
        <source>Une inscrite</source>
        <translation>One registered</translation>
    </message>
    <message>
        <source>{giver} apporte : {kinds}</source>
        <translation>{giver} brings: {kinds}</translation>
    </message>
    <message>
        <source>{seeker} cherche : « {said} »</source>
        <translation>{seeker} seeks: “{said}”</translation>
    </message>
    <message>
        <source>{seeker} cherche : {kinds}</source>
        <translation>{seeker} seeks: {kinds}</translation>
    </message>
    <message>
        <source>En retour, {seeker} apporte : {kinds}</source>
        <translation>In return, {seeker} brings: {kinds}</translation>
    </message>
    <message>
        <source>ODD en commun : {sdgs}</source>
        <translation>SDGs in common: {sdgs}</translation>
    </message>
    <message>
        <source>Toutes les ressources</source>
        <translation>All resources</translation>
    </message>
    <message>
        <source>Filtrer par ressource</source>
        <translation>Filter by resource</translation>
    </message>
    <message>
        <source>Tous les ODD</source>
        <translation>All SDGs</translation>
    </message>
    <message>
        <source>ODD {number} – {title}</source>
        <translation>SDG {number} – {title}</translation>
    </message>
    <message>
        <source>Filtrer par objectif de développement durable</source>
        <translation>Filter by sustainable development goal</translation>
    </message>
    <message>
        <source>Seulement les organisations de l&apos;a&amp;telier</source>
        <translation>Only organisations at the &amp;workshop</translation>
    </message>
    <message>
        <source>Les deux organisations ont quelqu&apos;un d&apos;inscrit ou de présent à l&apos;atelier.</source>
        <translation>Both organisations have someone registered or present at the workshop.</translation>
    </message>
    <message>
        <source>&amp;Ressource :</source>
        <translation>&amp;Resource:</translation>
    </message>
    <message>
        <source>O&amp;DD :</source>
        <translation>S&amp;DG:</translation>
    </message>
    <message>
        <source>Afficher en &amp;grand</source>
        <translation>Show &amp;large</translation>
    </message>
    <message>
        <source>Afficher les correspondances en grand</source>
        <translation>Show the matches in large type</translation>
    </message>
    <message>
        <source>Correspondances entre offres et besoins</source>
        <translation>Matches between offers and needs</translation>
    </message>
    <message>
        <source>Nombre de correspondances</source>
        <translation>Number of matches</translation>
    </message>
    <message>
        <source>La correspondance choisie</source>
        <translation>The chosen match</translation>
    </message>
    <message>
        <source>Créer l&apos;alliance (Entrée)</source>
        <translation>Create the alliance (Enter)</translation>
    </message>
    <message>
        <source>{shown} correspondance(s) sur {total} · {orgs} organisation(s) apportent ou cherchent</source>
        <translation>{shown} match(es) of {total} · {orgs} organisation(s) bring or seek</translation>
    </message>
    <message>
        <source>Aucune correspondance pour l&apos;instant. Dans la fiche de chaque organisation (Parties prenantes), cochez ce qu&apos;elle peut apporter et écrivez ses besoins (« des bénévoles », « un local »…) ; ou posez ses cartes dans une zone « Ce que j&apos;apporte » ou « Ce que je cherche » du tableau.</source>
        <translation>No match yet. In each organisation&apos;s record (Stakeholders), tick what it can bring and write its needs (“volunteers”, “premises”…); or put its cards in a “What I bring” or “What I seek” zone of the board.</translation>
    </message>
    <message>
        <source>Aucune correspondance avec ces filtres.</source>
        <translation>No match with these filters.</translation>
    </message>
    <message>
        <source>Voir l&apos;alliance (Entrée)</source>
        <translation>Show the alliance (Enter)</translation>
    </message>
    <message>
        <source>organisations de l&apos;atelier</source>
        <translation>organisations at the workshop</translation>
    </message>
    <message>
        <source>Créer l&apos;alliance {giver} – {seeker}</source>
        <translation>Create the alliance {giver} – {seeker}</translation>
    </message>
    <message>
        <source>Alliance impossible</source>
        <translation>Cannot create the alliance</translation>
    </message>
</context>
<context>
    <name>OffersWall</name>
    <message>
        <source>Offres et besoins en grand</source>
        <translation>Offers and needs in large type</translation>
    </message>
    <message>
        <source>Qui apporte ce que l&apos;autre cherche</source>
        <translation>Who brings what the other seeks</translation>
    </message>
    <message>
        <source>↑ ↓ : choisir · Entrée : créer l&apos;alliance · Ctrl + / Ctrl - : taille · Échap : liste</source>
        <translation>↑ ↓: choose · Enter: create the alliance · Ctrl + / Ctrl -: size · Esc: list</translation>
    </message>
    <message>
        <source>… et {count} autre(s) dans la liste</source>
        <translation>… and {count} more in the list</translation>
    </message>
    <message>
        <source>Aucune correspondance à afficher.</source>
        <translation>No match to show.</translation>
    </message>
    <message>
        <source>ODD {numbers}</source>
        <translation>SDGs {numbers}</translation>
    </message>
    <message>
        <source>en retour : {kinds}</source>
        <translation>in return: {kinds}</translation>
    </message>
    <message>
        <source>Alliance : {name}</source>
        <translation>Alliance: {name}</translation>
    </message>
</context>
<context>
    <name>OpenSpaceBoardView</name>
    <message>
        <source>Grille du forum ouvert</source>
        <translation>Open space grid</translation>
    </message>
    <message>
        <source>La grille n&apos;a pas encore de créneaux et de salles.</source>
        <translation>The grid has no slots and rooms yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenSpaceTab</name>
    <message>
        <source>Début du créneau</source>
        <translation>Slot start</translation>
    </message>
    <message>
        <source>Fin du créneau</source>
        <translation>Slot end</translation>
    </message>
    <message>
        <source>Ajouter le &amp;créneau</source>
        <translation>Add the &amp;slot</translation>
    </message>
    <message>
        <source>Nom de la salle</source>
        <translation>Room name</translation>
    </message>
    <message>
        <source>Nom de la salle à ajouter</source>
        <translation>Name of the room to add</translation>
    </message>
    <message>
        <source>Ajouter la &amp;salle</source>
        <translation>Add the &amp;room</translation>
    </message>
    <message>
        <source>Horaires au créneau choisi</source>
        <translation>Times to the chosen slot</translation>
    </message>
    <message>
        <source>Donne au créneau de la case choisie les horaires tapés à gauche</source>
        <translation>Gives the chosen cell&apos;s slot the times typed on the left</translation>
    </message>
    <message>
        <source>Renommer cette salle…</source>
        <translation>Rename this room…</translation>
    </message>
    <message>
        <source>Retirer ce créneau</source>
        <translation>Remove this slot</translation>
    </message>
    <message>
        <source>Retirer cette salle</source>
        <translation>Remove this room</translation>
    </message>
    <message>
        <source>Créneau de</source>
        <translation>Slot from</translation>
    </message>
    <message>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Sujet proposé</source>
        <translation>Proposed topic</translation>
    </message>
    <message>
        <source>Titre du sujet proposé</source>
        <translation>Title of the proposed topic</translation>
    </message>
    <message>
        <source>Hôte : une personne présente ou un nom</source>
        <translation>Host: a person present or a name</translation>
    </message>
    <message>
        <source>Hôte du sujet proposé</source>
        <translation>Host of the proposed topic</translation>
    </message>
    <message>
        <source>&amp;Proposer le sujet</source>
        <translation>&amp;Propose the topic</translation>
    </message>
    <message>
        <source>Sujets à placer</source>
        <translation>Topics to place</translation>
    </message>
    <message>
        <source>Proposer un sujet</source>
        <translation>Propose a topic</translation>
    </message>
    <message>
        <source>Sujets à placer (Entrée pour placer)</source>
        <translation>Topics to place (Enter to place)</translation>
    </message>
    <message>
        <source>Grille créneaux × salles</source>
        <translation>Grid of slots × rooms</translation>
    </message>
    <message>
        <source>Participants de la session</source>
        <translation>Session participants</translation>
    </message>
    <message>
        <source>Personne présente à ajouter</source>
        <translation>Person present to add</translation>
    </message>
    <message>
        <source>Ajouter une personne présente</source>
        <translation>Add a person present</translation>
    </message>
    <message>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Session choisie</source>
        <translation>Chosen session</translation>
    </message>
    <message>
        <source>Participants (Suppr pour retirer)</source>
        <translation>Participants (Delete to remove)</translation>
    </message>
    <message>
        <source>Modifier le sujet</source>
        <translation>Edit the topic</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>sans hôte</source>
        <translation>no host</translation>
    </message>
    <message>
        <source>Aucun sujet choisi</source>
        <translation>No topic chosen</translation>
    </message>
    <message>
        <source>Pas encore placé dans la grille</source>
        <translation>Not placed in the grid yet</translation>
    </message>
    <message>
        <source>Hôte : %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Placer « %1 » : choisissez la case avec les flèches, puis Entrée (Échap annule).</source>
        <translation>Place “%1”: choose the cell with the arrows, then Enter (Escape cancels).</translation>
    </message>
    <message>
        <source>Entrée sur un sujet le prend pour le placer ; Suppr le retire de la grille ; F2 le modifie ; F5 projette la grille.</source>
        <translation>Enter on a topic takes it to place it; Delete takes it off the grid; F2 edits it; F5 projects the grid.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un atelier.</source>
        <translation>Choose a workshop first.</translation>
    </message>
    <message>
        <source>Ajouter un créneau</source>
        <translation>Add a slot</translation>
    </message>
    <message>
        <source>Ajouter une salle</source>
        <translation>Add a room</translation>
    </message>
    <message>
        <source>Modifier un créneau</source>
        <translation>Change a slot</translation>
    </message>
    <message>
        <source>Renommer la salle</source>
        <translation>Rename the room</translation>
    </message>
    <message>
        <source>Renommer une salle</source>
        <translation>Rename a room</translation>
    </message>
    <message>
        <source>Retirer un créneau</source>
        <translation>Remove a slot</translation>
    </message>
    <message>
        <source>Retirer une salle</source>
        <translation>Remove a room</translation>
    </message>
    <message>
        <source>Proposer le sujet « %1 »</source>
        <translation>Propose the topic “%1”</translation>
    </message>
    <message>
        <source>Ajoutez d&apos;abord au moins un créneau et une salle à la grille.</source>
        <translation>First add at least one slot and one room to the grid.</translation>
    </message>
    <message>
        <source>Placer un sujet</source>
        <translation>Place a topic</translation>
    </message>
    <message>
        <source>Retirer un sujet de la grille</source>
        <translation>Take a topic off the grid</translation>
    </message>
    <message>
        <source>Supprimer un sujet</source>
        <translation>Delete a topic</translation>
    </message>
    <message>
        <source>Modifier le sujet « %1 »</source>
        <translation>Edit the topic “%1”</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas parmi les personnes présentes.</source>
        <translation>“%1” is not among the people present.</translation>
    </message>
    <message>
        <source>%1 rejoint « %2 »</source>
        <translation>%1 joins “%2”</translation>
    </message>
    <message>
        <source>%1 quitte « %2 »</source>
        <translation>%1 leaves “%2”</translation>
    </message>
    <message>
        <source>Forum ouvert</source>
        <translation>Open space</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Nom de la structure</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>ex. : aide alimentaire</source>
        <translation>e.g. food aid</translation>
    </message>
    <message>
        <source>ex. : quartier des Tilleuls, Val de Lise</source>
        <translation>e.g. quartier des Tilleuls, Val de Lise</translation>
    </message>
    <message>
        <source>ex. : 4 rue des Lilas</source>
        <translation>e.g. 4 rue des Lilas</translation>
    </message>
    <message>
        <source>9 chiffres</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Commune</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>RNA</source>
        <translation>RNA</translation>
    </message>
    <message>
        <source>Peut apporter</source>
        <translation>Can offer</translation>
    </message>
    <message>
        <source>Besoins</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>ODD d&apos;intérêt</source>
        <translation>SDGs of interest</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Modifier la structure</source>
        <translation>Edit the organisation</translation>
    </message>
    <message>
        <source>Nouvelle structure</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Le nom de la structure est obligatoire.</source>
        <translation>The organisation name is required.</translation>
    </message>
</context>
<context>
    <name>OrganisationKindChoice</name>
    <message>
        <source>— choisir le type —</source>
        <translation>— choose the kind —</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>Nouvelle structure</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Rechercher une structure (nom, secteur, commune, territoire, notes)…</source>
        <translation>Search organisations (name, sector, commune, territory, notes)…</translation>
    </message>
    <message>
        <source>Rechercher des structures</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Historique de la structure</source>
        <translation>Organisation history</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Fusionner deux structures</source>
        <translation>Merge two organisations</translation>
    </message>
    <message>
        <source>Supprimer la structure « {name} » ?</source>
        <translation>Delete the organisation “{name}”?</translation>
    </message>
    <message numerus="yes">
        <source>Supprimer %n structure(s) ?</source>
        <translation>
            <numerusform>Delete %n organisation?</numerusform>
            <numerusform>Delete %n organisations?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ses personnes restent, sans structure ; ses partenariats et leurs engagements sont supprimés.</source>
        <translation>Its people stay, without an organisation; its partnerships and their commitments are deleted.</translation>
    </message>
    <message>
        <source>&lt;li&gt;{title} ({date}) : {text}&lt;/li&gt;</source>
        <translation>&lt;li&gt;{title} ({date}): {text}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>{present} présent(s) sur {registered} inscrit(s)</source>
        <translation>{present} present out of {registered} registered</translation>
    </message>
    <message>
        <source>échéance {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Aucun atelier.</source>
        <translation>No workshop.</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Aucune contribution.</source>
        <translation>No card.</translation>
    </message>
    <message>
        <source>Alliances et engagements</source>
        <translation>Alliances and commitments</translation>
    </message>
    <message>
        <source>Aucune alliance.</source>
        <translation>No alliance.</translation>
    </message>
    <message numerus="yes">
        <source>%n résultat(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>PartnersPanel</name>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Partenaires de l&apos;alliance</source>
        <translation>Partners of the alliance</translation>
    </message>
    <message>
        <source>Organisation partenaire</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>Organisation (tapez pour compléter)</source>
        <translation>Organisation (type to complete)</translation>
    </message>
    <message>
        <source>Type de la nouvelle organisation</source>
        <translation>Kind of the new organisation</translation>
    </message>
    <message>
        <source>Rôle dans l&apos;alliance</source>
        <translation>Role in the alliance</translation>
    </message>
    <message>
        <source>Personne contact</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Ajouter / modifier</source>
        <translation>Add / edit</translation>
    </message>
    <message>
        <source>Ajouter ou modifier le partenaire</source>
        <translation>Add or edit the partner</translation>
    </message>
    <message>
        <source>Retirer le partenaire choisi</source>
        <translation>Remove the selected partner</translation>
    </message>
    <message>
        <source>A&amp;jouter :</source>
        <translation>Add (&amp;j):</translation>
    </message>
    <message>
        <source>Organisation du registre : « {name} ».</source>
        <translation>In the registry: “{name}”.</translation>
    </message>
    <message>
        <source>Nouvelle organisation : elle sera ajoutée au registre.</source>
        <translation>New organisation: it will be added to the registry.</translation>
    </message>
    <message>
        <source>Nouvelle organisation : choisissez son type pour l&apos;ajouter au registre.</source>
        <translation>New organisation: choose its kind to add it to the registry.</translation>
    </message>
    <message>
        <source>— sans contact —</source>
        <translation>— no contact —</translation>
    </message>
    <message>
        <source>Plusieurs organisations correspondent : choisissez-en une dans la liste.</source>
        <translation>Several organisations match: pick one from the list.</translation>
    </message>
    <message>
        <source>Retirer (Suppr)</source>
        <translation>Remove (Del)</translation>
    </message>
    <message>
        <source>Choisissez le type de cette nouvelle organisation.</source>
        <translation>Choose the kind of this new organisation.</translation>
    </message>
    <message>
        <source>« {name} » est déjà partenaire de l&apos;alliance.</source>
        <translation>“{name}” is already a partner of the alliance.</translation>
    </message>
    <message>
        <source>Modifier le partenaire {name}</source>
        <translation>Edit the partner {name}</translation>
    </message>
    <message>
        <source>Ajouter le partenaire {name}</source>
        <translation>Add the partner {name}</translation>
    </message>
    <message>
        <source>Retirer le partenaire {name}</source>
        <translation>Remove the partner {name}</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <source>Le document {path} n&apos;a pas pu être lu.</source>
        <translation>The document {path} could not be read.</translation>
    </message>
    <message>
        <source>Aucun lecteur de PDF n&apos;a pu ouvrir le fichier. Il est enregistré ici :
{path}
Ouvrez-le avec un lecteur de PDF, ou imprimez-le directement depuis Catalyse.</source>
        <translation>No PDF viewer could open the file. It is saved here:
{path}
Open it with a PDF viewer, or print it directly from Catalyse.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Rechercher une personne (nom, e-mail, structure, notes)…</source>
        <translation>Search people (name, e-mail, organisation, notes)…</translation>
    </message>
    <message>
        <source>Rechercher des personnes</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Inscrire à l&apos;atelier</source>
        <translation>Register for the workshop</translation>
    </message>
    <message>
        <source>Inscrire les personnes choisies à l&apos;atelier en cours (émargement)</source>
        <translation>Register the selected people for the current workshop (attendance)</translation>
    </message>
    <message numerus="yes">
        <source>Inscrire %n personne(s) à l&apos;atelier</source>
        <translation>
            <numerusform>Register %n person for the workshop</numerusform>
            <numerusform>Register %n people for the workshop</numerusform>
        </translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Fusionner deux personnes</source>
        <translation>Merge two people</translation>
    </message>
    <message>
        <source>Supprimer « {name} » ?</source>
        <translation>Delete “{name}”?</translation>
    </message>
    <message numerus="yes">
        <source>Supprimer %n personne(s) ?</source>
        <translation>
            <numerusform>Delete %n person?</numerusform>
            <numerusform>Delete %n people?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n résultat(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDataActions</name>
    <message>
        <source>Exporter ses données (JSON)…</source>
        <translation>Export their data (JSON)…</translation>
    </message>
    <message>
        <source>Effacer cette personne…</source>
        <translation>Erase this person…</translation>
    </message>
    <message>
        <source>Données personnelles (RGPD)</source>
        <translation>Personal data (GDPR)</translation>
    </message>
    <message>
        <source>Exporter les données de {name}</source>
        <translation>Export the data of {name}</translation>
    </message>
    <message>
        <source>Fichier JSON (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Export des données</source>
        <translation>Data export</translation>
    </message>
    <message>
        <source>Les données de {name} sont dans {path}.</source>
        <translation>The data of {name} is in {path}.</translation>
    </message>
    <message>
        <source>Effacer définitivement</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>Effacer {name} efface pour de bon son nom, ses coordonnées et ses présences. Ses contributions, votes et engagements restent, sans son nom.

Cette action ne peut pas être annulée, et l&apos;historique d&apos;annulation (Ctrl+Z) sera vidé.

Pour confirmer, tapez son nom : {name}</source>
        <translation>Erasing {name} removes for good their name, contact details and attendance. Their cards, votes and commitments stay, without their name.

This cannot be undone, and the undo history (Ctrl+Z) will be cleared.

To confirm, type their name: {name}</translation>
    </message>
    <message>
        <source>Le nom tapé ne correspond pas : rien n&apos;a été effacé.</source>
        <translation>The name typed does not match: nothing was erased.</translation>
    </message>
    <message>
        <source>Effacer {name}</source>
        <translation>Erase {name}</translation>
    </message>
    <message>
        <source>{name} est effacé·e. {cards} contribution(s), {commitments} engagement(s) sont gardés sans nom.</source>
        <translation>{name} is erased. {cards} card(s) and {commitments} commitment(s) are kept without a name.</translation>
    </message>
    <message>
        <source>Une lecture de la base est en cours (compte rendu, export) : ses dernières traces seront effacées du fichier dès qu&apos;elle sera finie.</source>
        <translation>The database is being read (a report, an export): the last traces will be erased from the file as soon as that is done.</translation>
    </message>
    <message numerus="yes">
        <source>%n copie(s) plus ancienne(s) de la base (sauvegardes) la contiennent encore : elles disparaissent avec la rotation des sauvegardes.</source>
        <translation>
            <numerusform>%n older copy of the database (a backup) still holds them: it goes with the backup rotation.</numerusform>
            <numerusform>%n older copies of the database (backups) still hold them: they go with the backup rotation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Tapez pour chercher une structure</source>
        <translation>Type to search for an organisation</translation>
    </message>
    <message>
        <source>ex. : chargée de mission</source>
        <translation>e.g. project officer</translation>
    </message>
    <message>
        <source>Date du consentement</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>le</source>
        <translation>on</translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Base légale</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Base légale de conservation des données</source>
        <translation>Legal basis for keeping the data</translation>
    </message>
    <message>
        <source>Modifier la personne</source>
        <translation>Edit the person</translation>
    </message>
    <message>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Indiquez au moins un nom ou un prénom.</source>
        <translation>Enter at least a last name or a first name.</translation>
    </message>
    <message>
        <source>Structure introuvable : choisissez-la dans la liste ou créez-la dans l&apos;onglet Organisations.</source>
        <translation>Organisation not found: pick it from the list or create it in the Organisations tab.</translation>
    </message>
    <message>
        <source>La date du consentement est dans le futur : vérifiez-la (JJ/MM/AAAA).</source>
        <translation>The consent date is in the future: check it (DD/MM/YYYY).</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <source>Modifier le sondage</source>
        <translation>Edit the poll</translation>
    </message>
    <message>
        <source>Question du sondage</source>
        <translation>Poll question</translation>
    </message>
    <message>
        <source>Choix proposés, un par ligne</source>
        <translation>Choices offered, one per line</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Choix</source>
        <translation>Choice</translation>
    </message>
</context>
<context>
    <name>PollResultsView</name>
    <message>
        <source>Résultats du sondage</source>
        <translation>Poll results</translation>
    </message>
    <message>
        <source>Pas encore de réponse.</source>
        <translation>No answer yet.</translation>
    </message>
    <message>
        <source>Aucun sondage choisi.</source>
        <translation>No poll chosen.</translation>
    </message>
</context>
<context>
    <name>PollsTab</name>
    <message>
        <source>Question posée à la salle</source>
        <translation>Question asked to the room</translation>
    </message>
    <message>
        <source>Question du sondage</source>
        <translation>Poll question</translation>
    </message>
    <message>
        <source>Forme du sondage</source>
        <translation>Poll kind</translation>
    </message>
    <message>
        <source>Un choix par ligne</source>
        <translation>One choice per line</translation>
    </message>
    <message>
        <source>Choix proposés, un par ligne</source>
        <translation>Choices offered, one per line</translation>
    </message>
    <message>
        <source>&amp;Créer le sondage (Ctrl+Entrée)</source>
        <translation>&amp;Create the poll (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Créer le sondage</source>
        <translation>Create the poll</translation>
    </message>
    <message>
        <source>Modifier le sondage</source>
        <translation>Edit the poll</translation>
    </message>
    <message>
        <source>Nouveau sondage</source>
        <translation>New poll</translation>
    </message>
    <message>
        <source>Sondages de l&apos;atelier</source>
        <translation>The workshop&apos;s polls</translation>
    </message>
    <message>
        <source>&amp;Ouvrir aux téléphones</source>
        <translation>&amp;Open to phones</translation>
    </message>
    <message>
        <source>Sondages (Entrée ouvre ou ferme, F2 modifie, Suppr supprime)</source>
        <translation>Polls (Enter opens or closes, F2 edits, Delete deletes)</translation>
    </message>
    <message>
        <source>Réponses comptées à la main</source>
        <translation>Answers counted by hand</translation>
    </message>
    <message>
        <source>Choix</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Téléphones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>À la main</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>Mots lus sur papier, séparés par des virgules</source>
        <translation>Words read on paper, separated by commas</translation>
    </message>
    <message>
        <source>Mots à ajouter au nuage</source>
        <translation>Words to add to the cloud</translation>
    </message>
    <message>
        <source>Mots tapés à la main</source>
        <translation>Words typed by hand</translation>
    </message>
    <message>
        <source>Mots tapés à la main (Suppr retire)</source>
        <translation>Words typed by hand (Delete removes)</translation>
    </message>
    <message>
        <source>Sans téléphone</source>
        <translation>Without a phone</translation>
    </message>
    <message>
        <source>● ouvert</source>
        <translation>● open</translation>
    </message>
    <message>
        <source>fermé</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Aucun sondage</source>
        <translation>No poll</translation>
    </message>
    <message>
        <source>Créez un sondage à gauche.</source>
        <translation>Create a poll on the left.</translation>
    </message>
    <message>
        <source>Ouvert aux téléphones</source>
        <translation>Open to phones</translation>
    </message>
    <message>
        <source>Fermé aux téléphones</source>
        <translation>Closed to phones</translation>
    </message>
    <message>
        <source>%1 · %2 réponse(s), dont %3 depuis un téléphone</source>
        <translation>%1 · %2 answer(s), %3 of them from a phone</translation>
    </message>
    <message>
        <source>&amp;Fermer le sondage</source>
        <translation>&amp;Close the poll</translation>
    </message>
    <message>
        <source>Pas de choix : chacun donne ses mots</source>
        <translation>No choices: everyone gives their own words</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un atelier.</source>
        <translation>Choose a workshop first.</translation>
    </message>
    <message>
        <source>Créer le sondage « %1 »</source>
        <translation>Create the poll “%1”</translation>
    </message>
    <message>
        <source>Fermer le sondage</source>
        <translation>Close the poll</translation>
    </message>
    <message>
        <source>Ouvrir le sondage aux téléphones</source>
        <translation>Open the poll to phones</translation>
    </message>
    <message>
        <source>Modifier le sondage « %1 »</source>
        <translation>Edit the poll “%1”</translation>
    </message>
    <message>
        <source>Supprimer le sondage « %1 »</source>
        <translation>Delete the poll “%1”</translation>
    </message>
    <message>
        <source>Compter à la main</source>
        <translation>Count by hand</translation>
    </message>
    <message>
        <source>Ajouter des mots au nuage</source>
        <translation>Add words to the cloud</translation>
    </message>
    <message>
        <source>Retirer un mot du nuage</source>
        <translation>Remove a word from the cloud</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Les cellules surlignées ressemblent à des formules de tableur : l&apos;étape suivante dit ce qu&apos;il en sera.</source>
        <translation>The highlighted cells look like spreadsheet formulas: the next step tells what will happen to them.</translation>
    </message>
    <message>
        <source>Premières lignes du fichier</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <source>feuille « {sheet} »</source>
        <translation>sheet “{sheet}”</translation>
    </message>
    <message>
        <source>Ressemble à une formule de tableur</source>
        <translation>Looks like a spreadsheet formula</translation>
    </message>
    <message>
        <source>Guillemet non fermé sur {n} ligne(s) ({rows}) : elles ne seront pas importées, les lignes qui les suivent sont lues à part. Corrigez le guillemet dans le fichier pour les importer.</source>
        <translation>Unclosed quote on {n} row(s) ({rows}): they will not be imported; the rows after them are read on their own. Fix the quote in the file to import them.</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>séparateur « {sep} »</source>
        <translation>separator “{sep}”</translation>
    </message>
    <message>
        <source>Format reconnu : {layout} · {rows} lignes · {columns} colonnes</source>
        <translation>Format recognised: {layout} · {rows} rows · {columns} columns</translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message>
        <source>Catalyse — projection</source>
        <translation>Catalyse — projector</translation>
    </message>
    <message>
        <source>Titre projeté</source>
        <translation>Projected title</translation>
    </message>
    <message>
        <source>Forum ouvert</source>
        <translation>Open space</translation>
    </message>
    <message numerus="yes">
        <source>%n sujet(s) encore à placer</source>
        <translation>
            <numerusform>%n topic still to place</numerusform>
            <numerusform>%n topics still to place</numerusform>
        </translation>
    </message>
    <message>
        <source>Sondage</source>
        <translation>Poll</translation>
    </message>
    <message numerus="yes">
        <source>%n réponse(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>Répondez depuis votre téléphone</source>
        <translation>Answer from your phone</translation>
    </message>
    <message>
        <source>Sondage fermé</source>
        <translation>Poll closed</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Catalyse — projection</source>
        <translation>Catalyse — projector</translation>
    </message>
    <message>
        <source>Projection du tableau</source>
        <translation>Board projection</translation>
    </message>
    <message>
        <source>Tableau projeté</source>
        <translation>Projected board</translation>
    </message>
    <message>
        <source>Atelier projeté</source>
        <translation>Projected workshop</translation>
    </message>
    <message>
        <source>Question de l&apos;atelier</source>
        <translation>Workshop question</translation>
    </message>
    <message>
        <source>Zone projetée</source>
        <translation>Projected zone</translation>
    </message>
    <message>
        <source>Votes cachés</source>
        <translation>Hidden votes</translation>
    </message>
    <message>
        <source>Votes cachés : les résultats seront révélés à la fin</source>
        <translation>Hidden votes: the results will be revealed at the end</translation>
    </message>
    <message>
        <source>Consignes de la méthode</source>
        <translation>The method&apos;s instructions</translation>
    </message>
    <message>
        <source>Tout le tableau</source>
        <translation>The whole board</translation>
    </message>
</context>
<context>
    <name>QuickEntryBar</name>
    <message>
        <source>Qui parle ? (nom ou structure)</source>
        <translation>Who is speaking? (name or organisation)</translation>
    </message>
    <message>
        <source>Auteur de la carte</source>
        <translation>Card author</translation>
    </message>
    <message>
        <source>L&apos;idée entendue… puis Entrée</source>
        <translation>The idea heard… then Enter</translation>
    </message>
    <message>
        <source>Texte de la carte</source>
        <translation>Card text</translation>
    </message>
    <message>
        <source>Zone où déposer la carte</source>
        <translation>Zone to put the card in</translation>
    </message>
    <message>
        <source>Carte refusée</source>
        <translation>Card refused</translation>
    </message>
    <message>
        <source>Saisie rapide :</source>
        <translation>Quick entry:</translation>
    </message>
    <message>
        <source>Zone où déposer la carte (Alt+Haut / Alt+Bas)</source>
        <translation>Zone the card goes in (Alt+Up / Alt+Down)</translation>
    </message>
    <message>
        <source>Zone précédente</source>
        <translation>Previous zone</translation>
    </message>
    <message>
        <source>Zone suivante</source>
        <translation>Next zone</translation>
    </message>
</context>
<context>
    <name>ReadBackView</name>
    <message>
        <source>Relecture des engagements</source>
        <translation>Read-back of commitments</translation>
    </message>
    <message>
        <source>Espace ou → : suivant · ← : précédent · Entrée : confirmé · R : réalisé · A : abandonné · D : reporter à une nouvelle date · Échap : quitter</source>
        <translation>Space or →: next · ←: previous · Enter: confirmed · R: done · A: dropped · D: carry over to a new date · Esc: leave</translation>
    </message>
    <message>
        <source>Nouvelle échéance</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>Nouvelle échéance (Entrée pour reporter, Échap pour annuler) :</source>
        <translation>New due date (Enter to carry over, Esc to cancel):</translation>
    </message>
    <message>
        <source>Aucun engagement à relire.</source>
        <translation>No commitment to read back.</translation>
    </message>
    <message>
        <source>Engagement {n} sur {total}</source>
        <translation>Commitment {n} of {total}</translation>
    </message>
    <message>
        <source>Échéance : {date}</source>
        <translation>Due: {date}</translation>
    </message>
    <message>
        <source>Sans échéance</source>
        <translation>No due date</translation>
    </message>
    <message>
        <source>{due} – en retard</source>
        <translation>{due} – overdue</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Enregistrer (Ctrl+Entrée)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Fusionner…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Filtrer par type de structure</source>
        <translation>Filter by organisation type</translation>
    </message>
    <message>
        <source>Tous les ODD</source>
        <translation>All SDGs</translation>
    </message>
    <message>
        <source>Filtrer par ODD</source>
        <translation>Filter by SDG</translation>
    </message>
    <message>
        <source>Filtrer par territoire</source>
        <translation>Filter by territory</translation>
    </message>
    <message>
        <source>Tous les territoires</source>
        <translation>All territories</translation>
    </message>
    <message>
        <source>Plus de {total} résultats, {shown} affichés : affinez la recherche</source>
        <translation>More than {total} results, {shown} shown: refine the search</translation>
    </message>
    <message>
        <source>{total} résultats, {shown} affichés : affinez la recherche</source>
        <translation>{total} results, {shown} shown: refine the search</translation>
    </message>
    <message numerus="yes">
        <source>%n résultat(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Ajouter {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <source>Modifier {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Nouvelle fiche : {keys}</source>
        <translation>New record: {keys}</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Vous pourrez annuler (Ctrl+Z).</source>
        <translation>You can undo this (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Supprimer {names}</source>
        <translation>Delete {names}</translation>
    </message>
    <message>
        <source>Fusionner deux doublons</source>
        <translation>Merge two duplicates</translation>
    </message>
    <message>
        <source>Fusionner « {a} » et « {b} » ? Tous les liens (personnes, contributions, alliances, engagements, présences) passent sur la fiche gardée ; ses champs vides sont complétés par l&apos;autre. Vous pourrez annuler (Ctrl+Z).</source>
        <translation>Merge “{a}” and “{b}”? All links (people, cards, alliances, commitments, attendance) move to the record kept; its empty fields are filled from the other. You can undo this (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Garder « {a} »</source>
        <translation>Keep “{a}”</translation>
    </message>
    <message>
        <source>Garder « {b} »</source>
        <translation>Keep “{b}”</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Relancer les partenaires</source>
        <translation>Remind the partners</translation>
    </message>
    <message>
        <source>Messages de relance</source>
        <translation>Reminder messages</translation>
    </message>
    <message>
        <source>adresse à compléter</source>
        <translation>address to fill in</translation>
    </message>
    <message>
        <source>{organisation} – {name} &lt;{to}&gt; ({count} engagement(s))</source>
        <translation>{organisation} – {name} &lt;{to}&gt; ({count} commitment(s))</translation>
    </message>
    <message>
        <source>destinataire inconnu</source>
        <translation>unknown recipient</translation>
    </message>
    <message>
        <source>Message choisi</source>
        <translation>Chosen message</translation>
    </message>
    <message>
        <source>&amp;Copier le message</source>
        <translation>&amp;Copy the message</translation>
    </message>
    <message>
        <source>&amp;Ouvrir dans la messagerie</source>
        <translation>&amp;Open in the mail program</translation>
    </message>
    <message>
        <source>&amp;Enregistrer tous les brouillons (.eml)…</source>
        <translation>&amp;Save all the drafts (.eml)…</translation>
    </message>
    <message>
        <source>Catalyse n&apos;envoie aucun courriel : relisez chaque message, puis copiez-le, ouvrez-le dans votre messagerie ou enregistrez les brouillons. Chaque relance est notée sur ses engagements.</source>
        <translation>Catalyse sends no e-mail: read each message, then copy it, open it in your mail program or save the drafts. Each reminder is recorded on its commitments.</translation>
    </message>
    <message>
        <source>(adresse à compléter)</source>
        <translation>(address to fill in)</translation>
    </message>
    <message>
        <source>À : {to}
Objet : {subject}

{body}</source>
        <translation>To: {to}
Subject: {subject}

{body}</translation>
    </message>
    <message>
        <source>Relancer {count} partenaire(s)</source>
        <translation>Remind {count} partner(s)</translation>
    </message>
    <message>
        <source>Message pour {organisation} copié : collez-le dans votre messagerie.</source>
        <translation>Message for {organisation} copied: paste it in your mail program.</translation>
    </message>
    <message>
        <source>La messagerie n&apos;a pas pu s&apos;ouvrir avec ce message (trop long, ou aucune messagerie) : il est copié, collez-le dans un nouveau courriel.</source>
        <translation>The mail program could not open with this message (too long, or no mail program): it is copied, paste it in a new e-mail.</translation>
    </message>
    <message>
        <source>Message pour {organisation} ouvert dans la messagerie.</source>
        <translation>Message for {organisation} opened in the mail program.</translation>
    </message>
    <message>
        <source>Dossier des brouillons</source>
        <translation>Folder for the drafts</translation>
    </message>
    <message>
        <source>Les brouillons n&apos;ont pas pu être enregistrés : {reason}</source>
        <translation>The drafts could not be saved: {reason}</translation>
    </message>
    <message>
        <source>{count} brouillon(s) enregistré(s) dans {folder}.</source>
        <translation>{count} draft(s) saved in {folder}.</translation>
    </message>
</context>
<context>
    <name>ReplyImportDialog</name>
    <message>
        <source>Réponses d&apos;un partenaire</source>
        <translation>A partner&apos;s replies</translation>
    </message>
    <message>
        <source>{organisations} : {applicable} engagement(s) à mettre à jour, {refused} ligne(s) illisible(s) laissée(s) de côté.</source>
        <translation>{organisations}: {applicable} commitment(s) to update, {refused} unreadable row(s) left aside.</translation>
    </message>
    <message>
        <source>aucun partenaire</source>
        <translation>no partner</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Réalisé le</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Nouvelle échéance</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Problème</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Modifications lues dans la fiche</source>
        <translation>Changes read in the sheet</translation>
    </message>
    <message>
        <source>&amp;Appliquer {count} mise(s) à jour</source>
        <translation>&amp;Apply {count} update(s)</translation>
    </message>
    <message>
        <source>Réponses de {organisations}</source>
        <translation>Replies of {organisations}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Compte rendu de l&apos;import</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Motif du rejet</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>Lignes rejetées</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>&lt;b&gt;Personnes&lt;/b&gt; : {c} créées, {u} mises à jour, {n} inchangées</source>
        <translation>&lt;b&gt;People&lt;/b&gt;: {c} created, {u} updated, {n} unchanged</translation>
    </message>
    <message>
        <source>&lt;b&gt;Structures&lt;/b&gt; : {c} créées, {u} mises à jour, {n} inchangées</source>
        <translation>&lt;b&gt;Organisations&lt;/b&gt;: {c} created, {u} updated, {n} unchanged</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inscriptions à l&apos;atelier&lt;/b&gt; : {n}</source>
        <translation>&lt;b&gt;Workshop registrations&lt;/b&gt;: {n}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lignes rejetées&lt;/b&gt; : {n}</source>
        <translation>&lt;b&gt;Rejected rows&lt;/b&gt;: {n}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lignes importées avec une formule changée en texte&lt;/b&gt; : {n}</source>
        <translation>&lt;b&gt;Rows imported with a formula turned into text&lt;/b&gt;: {n}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lignes à vérifier&lt;/b&gt; : {n} (commune ou code postal non repris, à compléter dans la fiche de la structure)</source>
        <translation>&lt;b&gt;Rows to check&lt;/b&gt;: {n} (commune or postcode not imported, to complete in the organisation&apos;s form)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Colonnes non importées&lt;/b&gt; : {columns}</source>
        <translation>&lt;b&gt;Columns not imported&lt;/b&gt;: {columns}</translation>
    </message>
    <message>
        <source>L&apos;import est enregistré. Il s&apos;annule en une fois avec Édition › Annuler (Ctrl+Z).</source>
        <translation>The import is saved. Edit › Undo (Ctrl+Z) undoes it in one go.</translation>
    </message>
    <message>
        <source>Rien n&apos;a changé : tout ce fichier était déjà dans l&apos;annuaire.</source>
        <translation>Nothing changed: all of this file was already in the directory.</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Langue du compte rendu</source>
        <translation>Report language</translation>
    </message>
    <message>
        <source>Coordonnées des participants</source>
        <translation>Participants&apos; contact details</translation>
    </message>
    <message>
        <source>Imprime les courriels et téléphones (données personnelles) : seulement si les participants en ont besoin.</source>
        <translation>Prints e-mails and phone numbers (personal data): only if participants need them.</translation>
    </message>
    <message>
        <source>Inclure les coordonnées des participants</source>
        <translation>Include participants&apos; contact details</translation>
    </message>
    <message>
        <source>Actualiser l&apos;aperçu</source>
        <translation>Refresh the preview</translation>
    </message>
    <message>
        <source>Exporter en PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <source>Exporter le compte rendu en PDF</source>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <source>Version modifiable…</source>
        <translation>Editable version…</translation>
    </message>
    <message>
        <source>Exporter le compte rendu en document Word modifiable (.docx)</source>
        <translation>Export the report as an editable Word document (.docx)</translation>
    </message>
    <message>
        <source>Le même contenu, à retoucher avant l&apos;envoi : Word ou LibreOffice Writer l&apos;ouvrent (et Writer l&apos;enregistre en .odt).</source>
        <translation>The same content, to touch up before sending: Word or LibreOffice Writer open it (and Writer saves it as .odt).</translation>
    </message>
    <message>
        <source>Fiches partenaires…</source>
        <translation>Partner sheets…</translation>
    </message>
    <message>
        <source>Exporter une fiche PDF par partenaire</source>
        <translation>Export one PDF sheet per partner</translation>
    </message>
    <message>
        <source>Ouvrir le PDF</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <source>Ouvrir le dernier document exporté</source>
        <translation>Open the last exported document</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Imprimer le compte rendu</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Page entière</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Pleine largeur</source>
        <translation>Full width</translation>
    </message>
    <message>
        <source>Zoom de l&apos;aperçu</source>
        <translation>Preview zoom</translation>
    </message>
    <message>
        <source>État de l&apos;aperçu</source>
        <translation>Preview status</translation>
    </message>
    <message>
        <source>Exporter le compte rendu en PDF…</source>
        <translation>Export the report as PDF…</translation>
    </message>
    <message>
        <source>Exporter le compte rendu modifiable (Word)…</source>
        <translation>Export the editable report (Word)…</translation>
    </message>
    <message>
        <source>Fiches partenaires en PDF…</source>
        <translation>Partner sheets as PDF…</translation>
    </message>
    <message>
        <source>Imprimer le compte rendu…</source>
        <translation>Print the report…</translation>
    </message>
    <message>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Aperçu du compte rendu</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Aucun atelier n&apos;est ouvert : créez-en un ou choisissez-le dans « Ateliers ».</source>
        <translation>No workshop is open: create one or pick it in “Workshops”.</translation>
    </message>
    <message>
        <source>Mise à jour de l&apos;aperçu…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <source>Aperçu impossible : %1</source>
        <translation>Preview failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Document Word modifiable (*.docx)</source>
        <translation>Editable Word document (*.docx)</translation>
    </message>
    <message>
        <source>Ouvrir le document</source>
        <translation>Open the document</translation>
    </message>
    <message>
        <source>Exporter le compte rendu</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Compte rendu enregistré : {name}</source>
        <translation>Report saved: {name}</translation>
    </message>
    <message>
        <source>Dossier des fiches partenaires</source>
        <translation>Folder for the partner sheets</translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) écrite(s)</source>
        <translation>
            <numerusform>%n sheet written</numerusform>
            <numerusform>%n sheets written</numerusform>
        </translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Compte rendu</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>compte-rendu</source>
        <translation>report</translation>
    </message>
</context>
<context>
    <name>RollupPanel</name>
    <message>
        <source>Période du bilan</source>
        <translation>Overview period</translation>
    </message>
    <message>
        <source>Toutes les dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Cette année</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>L&apos;année dernière</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Les 12 derniers mois</source>
        <translation>The last 12 months</translation>
    </message>
    <message>
        <source>Dates choisies</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <source>&amp;Période :</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Premier jour de la période</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Dernier jour de la période</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>&amp;Du</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>a&amp;u</source>
        <translation>&amp;until</translation>
    </message>
    <message>
        <source>Exporter en PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <source>Exporter en Excel…</source>
        <translation>Export as Excel…</translation>
    </message>
    <message>
        <source>Organisations engagées par nature</source>
        <translation>Organisations engaged by kind</translation>
    </message>
    <message>
        <source>Organisations les plus engagées</source>
        <translation>Most engaged organisations</translation>
    </message>
    <message>
        <source>Alliances par ODD</source>
        <translation>Alliances by SDG</translation>
    </message>
    <message>
        <source>Alliances et ateliers par ODD</source>
        <translation>Alliances and workshops by SDG</translation>
    </message>
    <message>
        <source>Alliances par besoin du territoire</source>
        <translation>Alliances by territorial need</translation>
    </message>
    <message>
        <source>Alliances et ateliers par besoin</source>
        <translation>Alliances and workshops by need</translation>
    </message>
    <message>
        <source>Engagements par trimestre et par statut</source>
        <translation>Commitments by quarter and status</translation>
    </message>
    <message>
        <source>Engagements par ressource et par statut</source>
        <translation>Commitments by resource and status</translation>
    </message>
    <message>
        <source>Engagements par trimestre, ressource et statut</source>
        <translation>Commitments by quarter, resource and status</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Engagements par trimestre</source>
        <translation>Commitments by quarter</translation>
    </message>
    <message>
        <source>Aucun atelier sur cette période.</source>
        <translation>No workshop in this period.</translation>
    </message>
    <message>
        <source>Aucun atelier dans ce fichier.</source>
        <translation>No workshop in this file.</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Ouvrir le PDF</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Ouvrir le classeur</source>
        <translation>Open the workbook</translation>
    </message>
    <message>
        <source>bilan-territorial</source>
        <translation>territorial-overview</translation>
    </message>
    <message>
        <source>Exporter le bilan territorial</source>
        <translation>Export the territorial overview</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Bilan enregistré : {name}</source>
        <translation>Overview saved: {name}</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Impossible d&apos;écrire {path} : {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>Objectifs de développement durable</source>
        <translation>Sustainable Development Goals</translation>
    </message>
</context>
<context>
    <name>SdgTile</name>
    <message>
        <source>ODD {number} : {title}</source>
        <translation>SDG {number}: {title}</translation>
    </message>
    <message>
        <source>choisi</source>
        <translation>picked</translation>
    </message>
    <message>
        <source>non choisi</source>
        <translation>not picked</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Chercher une commande ou une touche</source>
        <translation>Find a command or a key</translation>
    </message>
    <message>
        <source>Chercher un raccourci</source>
        <translation>Find a shortcut</translation>
    </message>
    <message>
        <source>Commande</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Raccourci</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>StakeholdersModels</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>ODD</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>StakeholdersScreen</name>
    <message>
        <source>Parties de l&apos;annuaire</source>
        <translation>Parts of the directory</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;Personnes</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>É&amp;margement</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>Importer des participants…</source>
        <translation>Import participants…</translation>
    </message>
    <message>
        <source>Exporter l&apos;annuaire…</source>
        <translation>Export the directory…</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Exporter l&apos;annuaire</source>
        <translation>Export the directory</translation>
    </message>
    <message>
        <source>annuaire.xlsx</source>
        <translation>directory.xlsx</translation>
    </message>
    <message>
        <source>{count} lignes exportées dans {path}.</source>
        <translation>{count} rows exported to {path}.</translation>
    </message>
</context>
<context>
    <name>StatusOffer</name>
    <message>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Laisser le statut de l&apos;alliance tel quel</source>
        <translation>Leave the alliance&apos;s status as it is</translation>
    </message>
    <message>
        <source>Tous les engagements sont confirmés.</source>
        <translation>All commitments are confirmed.</translation>
    </message>
    <message>
        <source>Tous les engagements sont confirmés : passer l&apos;alliance à « {status} » ?</source>
        <translation>All commitments are confirmed: move the alliance to “{status}”?</translation>
    </message>
    <message>
        <source>Passer à « {status} »</source>
        <translation>Move to “{status}”</translation>
    </message>
</context>
<context>
    <name>TablesTab</name>
    <message>
        <source>Tables et participants du tour</source>
        <translation>Tables and participants of the round</translation>
    </message>
    <message>
        <source>Table / participant</source>
        <translation>Table / participant</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dans la liste : 1 à 9 asseoir à la table de ce numéro, 0 sans table, Alt+↑ / Alt+↓ table d&apos;avant / d&apos;après (ou glisser-déposer), H hôte de sa table ; sur une table : F2 renommer, Suppr retirer.</source>
        <translation>In the list: 1 to 9 seat at the table of that number, 0 no table, Alt+↑ / Alt+↓ the table before / after (or drag and drop), H host of their table; on a table: F2 rename, Del remove.</translation>
    </message>
    <message>
        <source>Créer des tables…</source>
        <translation>Make tables…</translation>
    </message>
    <message>
        <source>Répartir au hasard</source>
        <translation>Split at random</translation>
    </message>
    <message>
        <source>Répartir en mêlant les structures</source>
        <translation>Split mixing organisations</translation>
    </message>
    <message>
        <source>Tour précédent</source>
        <translation>Previous round</translation>
    </message>
    <message>
        <source>Tour suivant</source>
        <translation>Next round</translation>
    </message>
    <message>
        <source>Plénière : rassembler les cartes des tables</source>
        <translation>Plenary: gather the tables&apos; cards</translation>
    </message>
    <message>
        <source>Imprimer les cartes de table…</source>
        <translation>Print the table cards…</translation>
    </message>
    <message>
        <source>Renommer la table…</source>
        <translation>Rename the table…</translation>
    </message>
    <message>
        <source>Retirer la table</source>
        <translation>Remove the table</translation>
    </message>
    <message>
        <source>Hôte de sa table</source>
        <translation>Host of their table</translation>
    </message>
    <message>
        <source>Aucun atelier : créez-en un dans Ateliers.</source>
        <translation>No workshop: create one in Workshops.</translation>
    </message>
    <message>
        <source>Sans table ({n})</source>
        <translation>No table ({n})</translation>
    </message>
    <message>
        <source>Pas encore de tables : « Créer des tables… » en fait une par groupe, chacune avec sa zone sur le tableau ({n} personnes présentes).</source>
        <translation>No tables yet: “Make tables…” makes one per group, each with its zone on the board ({n} people present).</translation>
    </message>
    <message>
        <source>Tour {round} sur {rounds} · {tables} tables · {present} présents, {unseated} sans table</source>
        <translation>Round {round} of {rounds} · {tables} tables · {present} present, {unseated} without a table</translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carte(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>hôte : {name}</source>
        <translation>host: {name}</translation>
    </message>
    <message>
        <source>sans hôte</source>
        <translation>no host</translation>
    </message>
    <message>
        <source>★ hôte</source>
        <translation>★ host</translation>
    </message>
    <message>
        <source>Créer des tables</source>
        <translation>Make tables</translation>
    </message>
    <message>
        <source>Combien de tables ? Chacune a sa zone sur le tableau ({n} personnes présentes : environ 6 par table).</source>
        <translation>How many tables? Each has its zone on the board ({n} people present: about 6 per table).</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) créée(s), chacune avec sa zone sur le tableau.</source>
        <translation>
            <numerusform>%n table made, with its zone on the board.</numerusform>
            <numerusform>%n tables made, each with its zone on the board.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s) réparties entre les tables (Ctrl+Z pour annuler).</source>
        <translation>
            <numerusform>%n person split between the tables (Ctrl+Z to undo).</numerusform>
            <numerusform>%n people split between the tables (Ctrl+Z to undo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tour {n} : les hôtes restent, les autres changent de table.</source>
        <translation>Round {n}: hosts stay, the others change tables.</translation>
    </message>
    <message>
        <source>Retour au tour {n}.</source>
        <translation>Back to round {n}.</translation>
    </message>
    <message>
        <source>Plénière</source>
        <translation>Plenary</translation>
    </message>
    <message numerus="yes">
        <source>Les cartes de %n table(s) sont rassemblées dans la zone de la plénière, regroupées par table (voir le Tableau).</source>
        <translation>
            <numerusform>The cards of %n table are gathered in the plenary zone, grouped by table (see the Board).</numerusform>
            <numerusform>The cards of %n tables are gathered in the plenary zone, grouped by table (see the Board).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changer de table</source>
        <translation>Change table</translation>
    </message>
    <message>
        <source>Asseyez d&apos;abord cette personne à une table.</source>
        <translation>Seat this person at a table first.</translation>
    </message>
    <message>
        <source>Hôte de table</source>
        <translation>Table host</translation>
    </message>
    <message>
        <source>Renommer la table</source>
        <translation>Rename the table</translation>
    </message>
    <message>
        <source>Nom de la table :</source>
        <translation>Table name:</translation>
    </message>
    <message>
        <source>« {name} » est retirée, avec sa zone (Ctrl+Z pour annuler).</source>
        <translation>“{name}” is removed, with its zone (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <source>Imprimer les cartes de table</source>
        <translation>Print the table cards</translation>
    </message>
    <message>
        <source>cartes-de-table.pdf</source>
        <translation>table-cards.pdf</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n carte(s) de table enregistrée(s) : {path}</source>
        <translation>
            <numerusform>%n table card saved: {path}</numerusform>
            <numerusform>%n table cards saved: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cartes de table</source>
        <translation>Table cards</translation>
    </message>
    <message>
        <source>Les cartes sont enregistrées. Les ouvrir pour les imprimer ?</source>
        <translation>The cards are saved. Open them to print?</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de table {n}.</source>
        <translation>There is no table {n}.</translation>
    </message>
</context>
<context>
    <name>TerritoryMapPanel</name>
    <message>
        <source>Filtrer la carte par ODD</source>
        <translation>Filter the map by SDG</translation>
    </message>
    <message>
        <source>Tous les ODD</source>
        <translation>All SDGs</translation>
    </message>
    <message>
        <source>ODD {number} – {title}</source>
        <translation>SDG {number} – {title}</translation>
    </message>
    <message>
        <source>Filtrer la carte par nature d&apos;organisation</source>
        <translation>Filter the map by kind of organisation</translation>
    </message>
    <message>
        <source>Toutes les natures</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Filtrer la carte par atelier</source>
        <translation>Filter the map by workshop</translation>
    </message>
    <message>
        <source>Carte du territoire</source>
        <translation>Map of the territory</translation>
    </message>
    <message>
        <source>Légende de la carte</source>
        <translation>Map legend</translation>
    </message>
    <message>
        <source>Organisation choisie sur la carte</source>
        <translation>Organisation chosen on the map</translation>
    </message>
    <message>
        <source>Tout voir</source>
        <translation>Fit all</translation>
    </message>
    <message>
        <source>Ajuster la carte à la fenêtre</source>
        <translation>Fit the map to the window</translation>
    </message>
    <message>
        <source>Exporter la carte (PNG, SVG)…</source>
        <translation>Export the map (PNG, SVG)…</translation>
    </message>
    <message>
        <source>&amp;ODD :</source>
        <translation>&amp;SDG:</translation>
    </message>
    <message>
        <source>Nat&amp;ure :</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Ate&amp;lier :</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <source>Zoom avant sur la carte</source>
        <translation>Zoom in on the map</translation>
    </message>
    <message>
        <source>Zoom arrière sur la carte</source>
        <translation>Zoom out of the map</translation>
    </message>
    <message>
        <source>Tous les ateliers</source>
        <translation>All workshops</translation>
    </message>
    <message>
        <source>Alliances : {names}</source>
        <translation>Alliances: {names}</translation>
    </message>
    <message>
        <source>Territoire non précisé : les acteurs sont placés sans fond de carte</source>
        <translation>Territory not given: the actors are placed without a background map</translation>
    </message>
    <message>
        <source>alliance : du pilote vers chaque partenaire</source>
        <translation>alliance: from the pilot to each partner</translation>
    </message>
    <message>
        <source>1 acteur sans commune</source>
        <translation>1 actor without a commune</translation>
    </message>
    <message>
        <source>{count} acteurs sans commune</source>
        <translation>{count} actors without a commune</translation>
    </message>
    <message>
        <source>Aucune organisation n&apos;a encore de commune : la carte se remplit quand on leur en donne une (écran Acteurs).</source>
        <translation>No organisation has a commune yet: the map fills as they are given one (Actors screen).</translation>
    </message>
    <message>
        <source>Aucune organisation ne correspond à ces filtres.</source>
        <translation>No organisation matches these filters.</translation>
    </message>
    <message>
        <source>Survolez ou cliquez un point, ou entrez dans la carte avec Tab : les flèches et Tab passent d&apos;une organisation à l&apos;autre, + et − zooment, Échap puis Tab quittent la carte.</source>
        <translation>Hover or click a point, or enter the map with Tab: the arrows and Tab move from one organisation to the next, + and − zoom, Escape then Tab leave the map.</translation>
    </message>
    <message>
        <source>1 atelier</source>
        <translation>1 workshop</translation>
    </message>
    <message>
        <source>{count} ateliers</source>
        <translation>{count} workshops</translation>
    </message>
    <message>
        <source>… et {count} autres</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Alliances ({count}) :</source>
        <translation>Alliances ({count}):</translation>
    </message>
    <message>
        <source>, avec {names}</source>
        <translation>, with {names}</translation>
    </message>
    <message>
        <source>Dans aucune alliance affichée.</source>
        <translation>In no alliance shown.</translation>
    </message>
    <message>
        <source>Image PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Dessin SVG (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Exporter la carte</source>
        <translation>Export the map</translation>
    </message>
    <message>
        <source>carte-du-territoire</source>
        <translation>map-of-the-territory</translation>
    </message>
    <message>
        <source>Carte du territoire : organisations et alliances</source>
        <translation>Map of the territory: organisations and alliances</translation>
    </message>
</context>
<context>
    <name>TerritoryScreen</name>
    <message>
        <source>Vues du territoire</source>
        <translation>Territory views</translation>
    </message>
    <message>
        <source>Vue d&apos;ensemble</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Exporter le bilan en &amp;PDF…</source>
        <translation>Export the overview as &amp;PDF…</translation>
    </message>
    <message>
        <source>Le bilan de tous les ateliers de la période, pour les financeurs</source>
        <translation>The overview of every workshop of the period, for funders</translation>
    </message>
    <message>
        <source>Exporter le bilan en E&amp;xcel…</source>
        <translation>Export the overview as E&amp;xcel…</translation>
    </message>
    <message>
        <source>Un classeur : une feuille par tableau du bilan</source>
        <translation>A workbook: one sheet per table of the overview</translation>
    </message>
    <message>
        <source>Carte</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Minuteur de phase</source>
        <translation>Phase timer</translation>
    </message>
    <message>
        <source>Phase en cours</source>
        <translation>Current phase</translation>
    </message>
    <message>
        <source>Temps restant</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Démarrer</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Phase suivante</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <source>Pas d&apos;ordre du jour pour cet atelier</source>
        <translation>No agenda for this workshop</translation>
    </message>
    <message>
        <source>Phase {n}/{total} : {title}</source>
        <translation>Phase {n}/{total}: {title}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>Modifier le sujet</source>
        <translation>Edit the topic</translation>
    </message>
    <message>
        <source>Titre du sujet</source>
        <translation>Topic title</translation>
    </message>
    <message>
        <source>Hôte du sujet</source>
        <translation>Topic host</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Hôte</source>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>TotalsGrid</name>
    <message>
        <source>Total {status}</source>
        <translation>Total {status}</translation>
    </message>
</context>
<context>
    <name>VoteController</name>
    <message>
        <source>Démarrer un vote</source>
        <translation>Start a vote</translation>
    </message>
    <message>
        <source>Démarrer un vote caché</source>
        <translation>Start a hidden vote</translation>
    </message>
    <message>
        <source>Clore le vote</source>
        <translation>Close the vote</translation>
    </message>
    <message>
        <source>Révéler les votes</source>
        <translation>Reveal the votes</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une carte.</source>
        <translation>Choose a card first.</translation>
    </message>
    <message>
        <source>Retirer un vote de la salle</source>
        <translation>Remove a vote of the room</translation>
    </message>
    <message>
        <source>Vote de la salle</source>
        <translation>Vote of the room</translation>
    </message>
    <message>
        <source>Voter pour une carte</source>
        <translation>Vote for a card</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord qui vote.</source>
        <translation>First choose who is voting.</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Votes par participant</source>
        <translation>Votes per participant</translation>
    </message>
    <message>
        <source>Démarrer un vote</source>
        <translation>Start a vote</translation>
    </message>
    <message>
        <source>Démarrer ou clore le vote</source>
        <translation>Start or close the vote</translation>
    </message>
    <message>
        <source>Zones du vote</source>
        <translation>Zones of the vote</translation>
    </message>
    <message>
        <source>Toutes les zones</source>
        <translation>All zones</translation>
    </message>
    <message>
        <source>Participant qui vote</source>
        <translation>Participant voting</translation>
    </message>
    <message>
        <source>Cacher les votes jusqu&apos;à la révélation</source>
        <translation>Hide the votes until they are revealed</translation>
    </message>
    <message>
        <source>Ni le tableau, ni la projection, ni les téléphones ne montrent les totaux</source>
        <translation>Neither the board, the projection nor the phones show the totals</translation>
    </message>
    <message>
        <source>Révéler les votes</source>
        <translation>Reveal the votes</translation>
    </message>
    <message>
        <source>Compter les gommettes</source>
        <translation>Count the sticker dots</translation>
    </message>
    <message>
        <source>Taper, carte par carte, le nombre de gommettes collées sur le papier</source>
        <translation>Type, card by card, the number of sticker dots stuck on the paper</translation>
    </message>
    <message>
        <source>Un clic sur une carte = un point</source>
        <translation>One click on a card = one point</translation>
    </message>
    <message>
        <source>Afficher les totaux</source>
        <translation>Show the totals</translation>
    </message>
    <message>
        <source>État du vote</source>
        <translation>Vote status</translation>
    </message>
    <message>
        <source>Résultats du vote</source>
        <translation>Vote results</translation>
    </message>
    <message>
        <source>Votes par personne :</source>
        <translation>Votes per person:</translation>
    </message>
    <message>
        <source>Sur :</source>
        <translation>On:</translation>
    </message>
    <message>
        <source>Vote de :</source>
        <translation>Vote by:</translation>
    </message>
    <message>
        <source>Classement :</source>
        <translation>Ranking:</translation>
    </message>
    <message>
        <source>La salle (sans nom)</source>
        <translation>The room (no name)</translation>
    </message>
    <message>
        <source>Clore le vote</source>
        <translation>Close the vote</translation>
    </message>
    <message>
        <source>Votes cachés ({n} carte(s) en ont reçu) : « Révéler les votes » les montre.</source>
        <translation>Hidden votes ({n} card(s) received some): “Reveal the votes” shows them.</translation>
    </message>
    <message>
        <source>{n} vote(s) nominatif(s)</source>
        <translation>{n} named vote(s)</translation>
    </message>
    <message>
        <source>{n} de la salle</source>
        <translation>{n} from the room</translation>
    </message>
    <message>
        <source>{n} gommette(s)</source>
        <translation>{n} sticker dot(s)</translation>
    </message>
    <message>
        <source>Un clic sur une carte = un vote de la salle</source>
        <translation>A click on a card = a vote of the room</translation>
    </message>
    <message>
        <source>{name} : {left} vote(s) restant(s) sur {n}</source>
        <translation>{name}: {left} vote(s) left out of {n}</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Structure (existante ou nouvelle)</source>
        <translation>Organisation (existing or new)</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type de structure…</source>
        <translation>Organisation kind…</translation>
    </message>
    <message>
        <source>Type de la nouvelle structure</source>
        <translation>Type of the new organisation</translation>
    </message>
    <message>
        <source>Utilisé seulement si la structure est nouvelle</source>
        <translation>Used only if the organisation is new</translation>
    </message>
    <message>
        <source>E-mail (facultatif)</source>
        <translation>E-mail (optional)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ajouter et pointer</source>
        <translation>Add and check in</translation>
    </message>
    <message>
        <source>Accueillir une personne non inscrite</source>
        <translation>Welcome someone not registered</translation>
    </message>
    <message>
        <source>Structure déjà dans l&apos;annuaire</source>
        <translation>Organisation already in the directory</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Atelier de co-construction…</source>
        <translation>Co-construction workshop…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Heure de début</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Heure de fin</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Animateur ou animatrice</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Question travaillée</source>
        <translation>Question worked on</translation>
    </message>
    <message>
        <source>Comment agir ensemble pour… ? (la question posée aux participants)</source>
        <translation>How can we act together to…? (the question put to participants)</translation>
    </message>
    <message>
        <source>&amp;Zones du tableau (modèle)</source>
        <translation>Board &amp;zones (template)</translation>
    </message>
    <message>
        <source>Modèle de tableau</source>
        <translation>Board template</translation>
    </message>
    <message>
        <source>Atelier dont celui-ci fait suite (ses engagements seront revus)</source>
        <translation>Workshop this one follows (its commitments will be reviewed)</translation>
    </message>
    <message>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Horaires</source>
        <translation>T&amp;imes</translation>
    </message>
    <message>
        <source>&amp;Lieu</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Te&amp;rritoire</source>
        <translation>Te&amp;rritory</translation>
    </message>
    <message>
        <source>Animat&amp;ion</source>
        <translation>F&amp;acilitator</translation>
    </message>
    <message>
        <source>&amp;Besoins</source>
        <translation>&amp;Needs</translation>
    </message>
    <message>
        <source>&amp;Méthodes</source>
        <translation>M&amp;ethods</translation>
    </message>
    <message>
        <source>Ajouter la revue au déroulé</source>
        <translation>Add the review to the agenda</translation>
    </message>
    <message>
        <source>Ajouter au déroulé l&apos;étape de revue des engagements de l&apos;atelier précédent</source>
        <translation>Add to the agenda the step reviewing the previous workshop&apos;s commitments</translation>
    </message>
    <message>
        <source>Fait &amp;suite à</source>
        <translation>&amp;Follows</translation>
    </message>
    <message>
        <source>Déro&amp;ulé</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;ODD visés</source>
        <translation>Target &amp;SDGs</translation>
    </message>
    <message>
        <source>Co-construction (défis, ressources, pistes, alliances, engagements)</source>
        <translation>Co-construction (challenges, resources, ideas, alliances, commitments)</translation>
    </message>
    <message>
        <source>Matrice pouvoir / intérêt</source>
        <translation>Power / interest matrix</translation>
    </message>
    <message>
        <source>SWOT (forces, faiblesses, opportunités, menaces)</source>
        <translation>SWOT (strengths, weaknesses, opportunities, threats)</translation>
    </message>
    <message>
        <source>Tableau vierge</source>
        <translation>Blank board</translation>
    </message>
    <message>
        <source>Nouvel atelier</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Revue des engagements précédents</source>
        <translation>Review of the previous commitments</translation>
    </message>
    <message>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Donnez un titre à l&apos;atelier.</source>
        <translation>Give the workshop a title.</translation>
    </message>
    <message>
        <source>L&apos;heure de fin doit être après l&apos;heure de début.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Présents</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Struct.</source>
        <translation>Orgs</translation>
    </message>
    <message>
        <source>Contrib.</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Alliances</source>
        <translation>Alliances</translation>
    </message>
    <message>
        <source>Engag.</source>
        <translation>Commit.</translation>
    </message>
    <message>
        <source>Date de l&apos;atelier</source>
        <translation>Date of the workshop</translation>
    </message>
    <message>
        <source>Titre de l&apos;atelier</source>
        <translation>Title of the workshop</translation>
    </message>
    <message>
        <source>Lieu de l&apos;atelier</source>
        <translation>Place of the workshop</translation>
    </message>
    <message>
        <source>Personnes présentes / inscrites</source>
        <translation>People present / registered</translation>
    </message>
    <message>
        <source>Structures représentées</source>
        <translation>Organisations represented</translation>
    </message>
    <message>
        <source>Contributions sur le tableau</source>
        <translation>Cards on the board</translation>
    </message>
    <message>
        <source>Alliances formées</source>
        <translation>Alliances formed</translation>
    </message>
    <message>
        <source>Engagements pris</source>
        <translation>Commitments made</translation>
    </message>
    <message>
        <source>{present} présents sur {people} inscrits</source>
        <translation>{present} present out of {people} registered</translation>
    </message>
    <message>
        <source>Aucun engagement</source>
        <translation>No commitments</translation>
    </message>
</context>
<context>
    <name>WorkshopsScreen</name>
    <message>
        <source>Liste des ateliers</source>
        <translation>List of workshops</translation>
    </message>
    <message>
        <source>&amp;Nouveau</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Nouvel atelier</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Dupliquer l&apos;atelier choisi</source>
        <translation>Duplicate the selected workshop</translation>
    </message>
    <message>
        <source>Du&amp;pliquer</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Supprimer l&apos;atelier choisi</source>
        <translation>Delete the selected workshop</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;atelier</source>
        <translation>Save the workshop</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;atelier (Ctrl+S)</source>
        <translation>Save the workshop (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Nouvel atelier, pas encore enregistré</source>
        <translation>New workshop, not saved yet</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Créer l&apos;atelier « {title} »</source>
        <translation>Create the workshop “{title}”</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Modifier l&apos;atelier « {title} »</source>
        <translation>Edit the workshop “{title}”</translation>
    </message>
    <message>
        <source>{title} (copie)</source>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <source>Dupliquer l&apos;atelier « {title} »</source>
        <translation>Duplicate the workshop “{title}”</translation>
    </message>
    <message>
        <source>Supprimer l&apos;atelier</source>
        <translation>Delete the workshop</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Supprimer l&apos;atelier « {title} » avec son tableau ({cards} contributions) et ses présences ?
Les alliances restent, sans lien vers l&apos;atelier. Édition &gt; Annuler le rétablit.</source>
        <translation>Delete the workshop “{title}” with its board ({cards} cards) and its attendance?
Alliances stay, no longer linked to the workshop. Edit &gt; Undo brings it back.</translation>
    </message>
    <message>
        <source>Supprimer l&apos;atelier « {title} »</source>
        <translation>Delete the workshop “{title}”</translation>
    </message>
</context>
<context>
    <name>ZoneActions</name>
    <message>
        <source>Co-construction</source>
        <translation>Co-construction</translation>
    </message>
    <message>
        <source>Matrice pouvoir / intérêt</source>
        <translation>Power / interest matrix</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Tableau vierge</source>
        <translation>Blank board</translation>
    </message>
    <message>
        <source>Appliquer un modèle</source>
        <translation>Apply a template</translation>
    </message>
    <message>
        <source>Nouvelle zone</source>
        <translation>New zone</translation>
    </message>
    <message>
        <source>Ajouter une zone</source>
        <translation>Add a zone</translation>
    </message>
    <message>
        <source>Renommer la zone</source>
        <translation>Rename the zone</translation>
    </message>
    <message>
        <source>Nom de la zone :</source>
        <translation>Zone name:</translation>
    </message>
    <message>
        <source>Renommer une zone</source>
        <translation>Rename a zone</translation>
    </message>
    <message>
        <source>Couleur de la zone</source>
        <translation>Zone colour</translation>
    </message>
    <message>
        <source>Changer la couleur d&apos;une zone</source>
        <translation>Change a zone&apos;s colour</translation>
    </message>
    <message>
        <source>Supprimer la zone « {zone} »</source>
        <translation>Delete the zone “{zone}”</translation>
    </message>
    <message>
        <source>Redimensionner une zone</source>
        <translation>Resize a zone</translation>
    </message>
    <message>
        <source>Ranger « {zone} »</source>
        <translation>Tidy “{zone}”</translation>
    </message>
    <message>
        <source>Déplacer la zone « {zone} »</source>
        <translation>Move the zone “{zone}”</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <source>Rien à montrer pour cette période.</source>
        <translation>Nothing to show for this period.</translation>
    </message>
</context>
<context>
    <name>_DateDelegate</name>
    <message>
        <source>Échéance de la décision</source>
        <translation>Decision&apos;s due date</translation>
    </message>
</context>
<context>
    <name>_TextDelegate</name>
    <message>
        <source>Texte de la décision</source>
        <translation>Decision text</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Catalyse ne peut pas ouvrir ce fichier</source>
        <translation>Catalyse cannot open this file</translation>
    </message>
    <message>
        <source>Le fichier « {name} » ne peut pas être ouvert.</source>
        <translation>The file “{name}” cannot be opened.</translation>
    </message>
    <message>
        <source>Ouvrir un autre fichier…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Ouvrir une base Catalyse</source>
        <translation>Open a Catalyse database</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite ; votre travail déjà enregistré est en sécurité.

{error}</source>
        <translation>An unexpected error occurred; the work already saved is safe.

{error}</translation>
    </message>
</context>
<context>
    <name>open_file</name>
    <message>
        <source>Ouvrir le fichier</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <source>Aucun programme de cet ordinateur n&apos;a pu ouvrir « {name} ». Le fichier est bien enregistré ; ouvrez-le depuis ce dossier, ou installez un lecteur de PDF :

{path}</source>
        <translation>No program on this computer could open “{name}”. The file is saved; open it from this folder, or install a PDF viewer:

{path}</translation>
    </message>
    <message>
        <source>Copier le chemin</source>
        <translation>Copy the path</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <source>Exporter l&apos;atelier pour un autre catalyseur</source>
        <translation>Export the workshop for another catalyst</translation>
    </message>
    <message>
        <source>Atelier Catalyse (*.catalyse)</source>
        <translation>Catalyse workshop (*.catalyse)</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Importer un atelier</source>
        <translation>Import a workshop</translation>
    </message>
    <message>
        <source>Ce que l&apos;import fera</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cet atelier est déjà importé (« {title} ») : rien à faire.</source>
        <translation>This workshop is already imported (“{title}”): nothing to do.</translation>
    </message>
    <message>
        <source>Atelier « {title} » : {cards} carte(s), {alliances} alliance(s), {commitments} engagement(s).</source>
        <translation>Workshop “{title}”: {cards} card(s), {alliances} alliance(s), {commitments} commitment(s).</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <source>{heading} : {created} nouvelle(s), {matched} déjà connue(s), {updated} complétée(s)</source>
        <translation>{heading}: {created} new, {matched} already known, {updated} completed</translation>
    </message>
    <message>
        <source>nouvelle</source>
        <translation>new</translation>
    </message>
    <message>
        <source>complétée</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>déjà connue</source>
        <translation>already known</translation>
    </message>
    <message>
        <source>Importer l&apos;atelier « {title} »</source>
        <translation>Import the workshop “{title}”</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Import failed</translation>
    </message>
</context>
</TS>
