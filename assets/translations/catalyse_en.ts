<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
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
        <source>Donnez un nom à l&apos;alliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer l&apos;alliance « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette contribution n&apos;a pas d&apos;organisation auteur : indiquez-en une.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer une contribution en engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter l&apos;engagement « {what} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;engagement « {what} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passer l&apos;engagement à « {status} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllianceEditor</name>
    <message>
        <source>Nom de l&apos;alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de partenariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— non précisé —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut de l&apos;alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer l&apos;alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODD visés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type de partenariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer l&apos;alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez un nom à l&apos;alliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer l&apos;alliance « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;alliance « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;alliance « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllianceMapPanel</name>
    <message>
        <source>Carte des alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disque sombre : alliance · trait épais : pilote · tirets : financeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Légende : couleurs des types d&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter en PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter la carte en PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter en SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter la carte en SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout voir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajuster la carte à la fenêtre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliquez sur une organisation ou une alliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements du nœud choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : {count} engagement(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dessin SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter la carte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllianceTableModel</name>
    <message>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished">Commitments</translation>
    </message>
</context>
<context>
    <name>AlliancesPage</name>
    <message>
        <source>Alliances de l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer une nouvelle alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements de l&apos;alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliances</source>
        <translation type="unfinished">Alliances</translation>
    </message>
    <message>
        <source>Modifier l&apos;engagement (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;engagement choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;engagement (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;engagement choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;engagement « {what} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlliancesScreen</name>
    <message>
        <source>Vues des alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliances et engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mur des engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte des alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relecture des engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvelle alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporter les engagements (CSV, Excel, agenda)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx);;CSV (*.csv);;Agenda iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} engagement(s) exporté(s) dans {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Tapez une partie du nom puis Entrée pour pointer la première personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointer une personne par son nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présents par type de structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnes inscrites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueillir une personne (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer la feuille d&apos;émargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun atelier choisi : choisissez ou créez un atelier dans l&apos;écran Ateliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Émargement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présents : {present} / {registered} inscrits · {orgs} structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {name} est pointé·e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} n&apos;est plus pointé·e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjà pointé·e. Effacez le nom pour continuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {name} (dans l&apos;annuaire, non inscrit·e) est inscrit·e et pointé·e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non inscrit·e. Dans l&apos;annuaire : {names}… Précisez le nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne ne correspond : Ctrl+N pour accueillir une nouvelle personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez au moins un nom ou un prénom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {name} est ajouté·e et pointé·e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la feuille d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feuille-emargement.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement enregistrée ({count} personnes) : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La feuille est enregistrée. L&apos;ouvrir pour l&apos;imprimer ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune sauvegarde pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegardes de « {name} », de la plus récente à la plus ancienne. Catalyse en fait une à l&apos;ouverture d&apos;un atelier et toutes les 10 minutes pendant qu&apos;il change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base est ouverte en lecture seule : impossible de la remplacer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde a échoué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remplacer la base ouverte par la sauvegarde du {when} ?

La base actuelle n&apos;est pas effacée : elle est gardée à part, à côté d&apos;elle. L&apos;historique d&apos;annulation est vidé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La restauration a échoué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde restaurée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde est restaurée. L&apos;ancienne base est gardée sous le nom « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de rouvrir la base</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardCommands</name>
    <message>
        <source>Regrouper les cartes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter pour une carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarrer un vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliquer un modèle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Redimensionner la zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Tableau de co-construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau</source>
        <translation type="unfinished">Board</translation>
    </message>
    <message>
        <source>Outils du tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout voir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom arrière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regrouper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dégrouper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranger la zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter en PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter en SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher une carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décaler à gauche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décaler à droite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décaler vers le haut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décaler vers le bas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie rapide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce tableau n&apos;a pas encore de zones. Appliquer un modèle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliquer le modèle {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Ajouter une carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier une carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Supprimer %n carte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dupliquer %n carte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Déplacer vers « {zone} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Déplacer %n carte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changer l&apos;auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auteur (personne ou structure) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer l&apos;auteur d&apos;une carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer les ODD d&apos;une carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regrouper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du regroupement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regroupement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dégrouper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renommer le regroupement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renommer un regroupement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentCaptureForm</name>
    <message>
        <source>Saisie rapide d&apos;un engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance de l&apos;engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation qui s&apos;engage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (tapez pour compléter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne de cette organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui est engagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de ressource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 1 500,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance (JJ/MM/AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut de l&apos;engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer l&apos;engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ressource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uantité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle organisation : elle sera ajoutée au registre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez l&apos;organisation qui s&apos;engage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plusieurs organisations correspondent : choisissez-en une dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dites ce qui est engagé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La quantité doit être un nombre (ex. 1 500,50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La quantité ne peut pas être négative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date attendue au format JJ/MM/AAAA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;échéance est avant la date de l&apos;atelier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette personne n&apos;est pas de l&apos;organisation partenaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créez d&apos;abord une alliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la modification (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <source>Partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ressource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation type="unfinished">Workshop</translation>
    </message>
    <message>
        <source>{date} – en retard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentWall</name>
    <message>
        <source>Mur des engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relecture des engagements (Espace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lancer la relecture des engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre du mur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaux de l&apos;atelier par ressource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished">Commitments</translation>
    </message>
    <message>
        <source>Total de l&apos;atelier : {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune alliance pour cet atelier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas encore d&apos;engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total : {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choisir le fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV ou Excel (.xlsx) : export Eventbrite, HelloAsso, Google Forms, tableur, répertoires SIRENE ou RNA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier à importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemin du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrire les personnes importées à l&apos;atelier « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableaux (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire ce fichier : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier ne contient aucune ligne sous ses en-têtes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindFilter</name>
    <message>
        <source>Chercher une carte (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher une carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer les cartes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les cartes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type : {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure : {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Filtrer par territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance à partir du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance jusqu&apos;au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements à suivre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passer la sélection à :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passer les engagements choisis à {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoir les engagements ouverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoir un par un les engagements ouverts listés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation type="unfinished">Territory</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les territoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date attendue au format JJ/MM/AAAA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} engagement(s), dont {overdue} en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passer {count} engagement(s) à « {status} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Importer {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Importer des participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;import n&apos;a pas eu lieu : {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InPlaceEditor</name>
    <message>
        <source>Texte de la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte de la carte (Entrée pour valider, Échap pour annuler)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cet ordinateur seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réseau filaire ou point d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation en direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laisser les participant·es contribuer depuis leur téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réseau des téléphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le réseau Wi-Fi de la salle ou le point d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser la liste des réseaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réseau :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code de la participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher en grand pour la salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphones connectés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones ouvertes aux contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication des contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directe : au tableau aussitôt envoyées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avec modération : je relis avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions à modérer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun réseau disponible : activez le Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la participation : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez le QR code, ou tapez l&apos;adresse puis le code sur le téléphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêter la participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir la participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;est ouvert sur le réseau tant que la participation est arrêtée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
code : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participez depuis votre téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participez depuis votre téléphone : scannez le QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphones connectés : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À modérer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte est vide ou trop long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveService</name>
    <message>
        <source>Vote de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposé depuis un téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une personne</source>
        <translation type="unfinished"></translation>
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
        <source>L&apos;écran « {name} » n&apos;a pas pu s&apos;ouvrir : {error}</source>
        <translation>The “{name}” screen could not open: {error}</translation>
    </message>
    <message>
        <source>&amp;Nouveau fichier…</source>
        <translation>&amp;New file…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalyse a deviné à quoi correspond chaque colonne d&apos;après son en-tête. Corrigez si besoin ; « Ignorer » laisse la colonne de côté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prévision de l&apos;import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prévoir le résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Ignorer —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champ de la colonne {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sans en-tête)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : {sample}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prévision à actualiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prévision : {pc} personne(s) créée(s), {pu} mise(s) à jour ; {oc} structure(s) créée(s), {ou} mise(s) à jour ; {r} ligne(s) rejetée(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez au moins une colonne de nom, d&apos;e-mail ou de structure.</source>
        <translation type="unfinished"></translation>
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
    <name>OrganisationForm</name>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de la structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : aide alimentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune ou territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation type="unfinished">Territory</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peut apporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODD d&apos;intérêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de la structure est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>Nouvelle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher une structure (nom, secteur, territoire, notes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher des structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique de la structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la structure « {name} » ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Supprimer %n structure(s) ?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ses personnes restent, sans structure ; ses partenariats et leurs engagements sont supprimés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} présent(s) sur {registered} inscrit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>échéance {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPanel</name>
    <message>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires de l&apos;alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (tapez pour compléter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle dans l&apos;alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter / modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter ou modifier le partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le partenaire choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— sans contact —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas dans le registre des organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le partenaire {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter le partenaire {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le partenaire {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher une personne (nom, e-mail, structure, notes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher des personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrire à l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrire les personnes choisies à l&apos;atelier en cours (émargement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer « {name} » ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Supprimer %n personne(s) ?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDataActions</name>
    <message>
        <source>Exporter ses données (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer cette personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données personnelles (RGPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les données de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les données de {name} sont dans {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer définitivement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer {name} efface pour de bon son nom, ses coordonnées et ses présences. Ses contributions, votes et engagements restent, sans son nom.

Cette action ne peut pas être annulée, et l&apos;historique d&apos;annulation (Ctrl+Z) sera vidé.

Pour confirmer, tapez son nom : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom tapé ne correspond pas : rien n&apos;a été effacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} est effacé·e. {cards} contribution(s), {commitments} engagement(s) sont gardés sans nom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez pour chercher une structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : chargée de mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date du consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base légale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base légale de conservation des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez au moins un nom ou un prénom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure introuvable : choisissez-la dans la liste ou créez-la dans l&apos;onglet Organisations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premières lignes du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feuille « {sheet} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encodage {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>séparateur « {sep} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format reconnu : {layout} · {rows} lignes · {columns} colonnes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Catalyse — projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection du tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau projeté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone projetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau</source>
        <translation type="unfinished">Board</translation>
    </message>
</context>
<context>
    <name>QuickEntryBar</name>
    <message>
        <source>Qui parle ? (nom ou structure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auteur de la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;idée entendue… puis Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte de la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone où déposer la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie rapide :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadBackView</name>
    <message>
        <source>Relecture des engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espace ou → : suivant · ← : précédent · Entrée : confirmé · R : réalisé · A : abandonné · Échap : quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun engagement à relire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement {n} sur {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance : {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans échéance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <source>Enregistrer (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusionner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par type de structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les ODD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par ODD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les territoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus de {total} résultats, {shown} affichés : affinez la recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} résultats, {shown} affichés : affinez la recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n résultat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ajouter {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <source>Vous pourrez annuler (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusionner deux doublons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusionner « {a} » et « {b} » ? Tous les liens (personnes, contributions, alliances, engagements, présences) passent sur la fiche gardée ; ses champs vides sont complétés par l&apos;autre. Vous pourrez annuler (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garder « {a} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garder « {b} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Compte rendu de l&apos;import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif du rejet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lignes rejetées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Personnes&lt;/b&gt; : {c} créées, {u} mises à jour, {n} inchangées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Structures&lt;/b&gt; : {c} créées, {u} mises à jour, {n} inchangées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Inscriptions à l&apos;atelier&lt;/b&gt; : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lignes rejetées&lt;/b&gt; : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;import est enregistré. Il s&apos;annule en une fois avec Édition › Annuler (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;a changé : tout ce fichier était déjà dans l&apos;annuaire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Français</source>
        <translation type="unfinished">Français</translation>
    </message>
    <message>
        <source>Anglais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue du compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordonnées des participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprime les courriels et téléphones (données personnelles) : seulement si les participants en ont besoin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclure les coordonnées des participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser l&apos;aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le compte rendu en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches partenaires…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter une fiche PDF par partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer le compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page entière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleine largeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom de l&apos;aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État de l&apos;aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le compte rendu en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches partenaires en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer le compte rendu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu du compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun atelier n&apos;est ouvert : créez-en un ou choisissez-le dans « Ateliers ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mise à jour de l&apos;aperçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporter le compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des fiches partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) écrite(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Impossible d&apos;écrire {path} : {error}</source>
        <translation type="unfinished"></translation>
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
    <name>StakeholdersScreen</name>
    <message>
        <source>Parties de l&apos;annuaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>É&amp;margement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter l&apos;annuaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter l&apos;annuaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annuaire.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lignes exportées dans {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Minuteur de phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temps restant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas d&apos;ordre du jour pour cet atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase {n}/{total} : {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteController</name>
    <message>
        <source>Clore le vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun vote en cours : démarrez un vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord qui vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} a déjà utilisé ses {n} votes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Votes par participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarrer un vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarrer ou clore le vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant qui vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un clic sur une carte = un point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher les totaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État du vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultats du vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes par personne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote de :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clore le vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : {left} vote(s) restant(s) sur {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure (existante ou nouvelle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de la nouvelle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisé seulement si la structure est nouvelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter et pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueillir une personne non inscrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure déjà dans l&apos;annuaire</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Modèle de tableau</source>
        <translation>&amp;Board template</translation>
    </message>
    <message>
        <source>Modèle de tableau</source>
        <translation>Board template</translation>
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
        <source>Donnez un titre à l&apos;atelier.</source>
        <translation>Give the workshop a title.</translation>
    </message>
    <message>
        <source>L&apos;heure de fin doit être après l&apos;heure de début.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>Accueil et émargement</source>
        <translation>Welcome and check-in</translation>
    </message>
    <message>
        <source>Défis du territoire</source>
        <translation>The territory&apos;s challenges</translation>
    </message>
    <message>
        <source>Ressources et atouts</source>
        <translation>Resources and assets</translation>
    </message>
    <message>
        <source>Pistes d&apos;action</source>
        <translation>Ideas for action</translation>
    </message>
    <message>
        <source>Alliances</source>
        <translation>Alliances</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Relecture et clôture</source>
        <translation>Read-back and close</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrice pouvoir / intérêt</source>
        <translation type="unfinished">Power / interest matrix</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau vierge</source>
        <translation type="unfinished">Blank board</translation>
    </message>
    <message>
        <source>Nouvelle zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renommer la zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de la zone :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renommer une zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couleur de la zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer la couleur d&apos;une zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la zone « {zone} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redimensionner une zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranger « {zone} »</source>
        <translation type="unfinished"></translation>
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
</TS>
