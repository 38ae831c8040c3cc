<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="134"/>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="135"/>
        <source>« &amp;Fait » quand</source>
        <translation>&amp;Done when</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="136"/>
        <source>&amp;Qui la porte</source>
        <translation>&amp;Who carries it</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="137"/>
        <source>É&amp;chéance</source>
        <translation>Targe&amp;t date</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="138"/>
        <source>&amp;Statut</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="139"/>
        <source>&amp;Pourquoi</source>
        <translation>W&amp;hy</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="140"/>
        <source>&amp;Dimension</source>
        <translation>&amp;Dimension</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="141"/>
        <source>&amp;Items à faire bouger</source>
        <translation>&amp;Items it should move</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="142"/>
        <source>&amp;Budget (€)</source>
        <translation>&amp;Budget (€)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="143"/>
        <source>&amp;Financement</source>
        <translation>&amp;Funding</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="144"/>
        <source>Ce qui s&apos;est &amp;passé</source>
        <translation>What ha&amp;ppened</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="145"/>
        <source>&amp;Note privée</source>
        <translation>Private &amp;note</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="149"/>
        <source>Un titre court</source>
        <translation>A short title</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="150"/>
        <source>Ce que « fait » veut dire</source>
        <translation>What “done” means</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="151"/>
        <source>Nom du partenaire</source>
        <translation>Partner&apos;s name</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="152"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="153"/>
        <source>Un mot sur le statut (requis si abandonnée)</source>
        <translation>A word on the status (required when dropped)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="154"/>
        <source>À remplir lors de la revue de l&apos;an prochain</source>
        <translation>To fill in at next year&apos;s review</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="155"/>
        <source>Reste dans l&apos;application (pas dans le PDF)</source>
        <translation>Stays in the app (not in the PDF)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="156"/>
        <source>Supprimer l&apos;action</source>
        <translation>Delete the action</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="188"/>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="238"/>
        <source>Aucune action choisie</source>
        <translation>No action selected</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="193"/>
        <source>— personne pour l&apos;instant —</source>
        <translation>— nobody yet —</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="196"/>
        <source>Un partenaire (nommé à côté)</source>
        <translation>A partner (named alongside)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="215"/>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="222"/>
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_editor.py" line="230"/>
        <source>Issue de la recommandation : %1</source>
        <translation>From the recommendation: %1</translation>
    </message>
</context>
<context>
    <name>AnswerNotes</name>
    <message>
        <location filename="../../diagapp/ui/widgets/notes.py" line="78"/>
        <source>Éléments de preuve (faits, documents, exemples)</source>
        <translation>Evidence (facts, documents, examples)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/widgets/notes.py" line="79"/>
        <source>Note privée (jamais dans le PDF)</source>
        <translation>Private note (never in the PDF)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/widgets/notes.py" line="80"/>
        <source>Justification pour les financeurs</source>
        <translation>Justification for funders</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/widgets/notes.py" line="86"/>
        <source>Visible dans le rapport PDF envoyé aux financeurs.</source>
        <translation>Shown in the PDF report sent to funders.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/widgets/notes.py" line="89"/>
        <source>Reste dans l’application : pour l’équipe seulement.</source>
        <translation>Stays in the app: for the team only.</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../diagapp/ui/pages/assessment_page.py" line="100"/>
        <source>Choisissez ou créez d&apos;abord une évaluation sur la page d&apos;accueil.</source>
        <translation>First choose or create an assessment on the start page.</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../../diagapp/ui/pages/funding_table.py" line="52"/>
        <source>montant annuel en euros</source>
        <translation>yearly amount in euros</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../diagapp/ui/widgets/field_editors.py" line="63"/>
        <source>— non renseigné —</source>
        <translation>— not filled in —</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/widgets/field_editors.py" line="65"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/widgets/field_editors.py" line="66"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ComparisonItemsModel</name>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="97"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="97"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="97"/>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="99"/>
        <source>Δ niveau</source>
        <translation>Δ level</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="100"/>
        <source>Δ écart</source>
        <translation>Δ spread</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="101"/>
        <source>Δ couverture</source>
        <translation>Δ coverage</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="102"/>
        <source>Changement</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="107"/>
        <source>Niveau de consensus (0 à 3)</source>
        <translation>Consensus level (0 to 3)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="109"/>
        <source>Évolution du niveau de consensus, de la première à la dernière</source>
        <translation>Change in the consensus level, from the first assessment to the last</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="111"/>
        <source>Évolution de l&apos;écart entre participants (négatif : plus d&apos;accord)</source>
        <translation>Change in the spread between participants (negative: more agreement)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="113"/>
        <source>Évolution de la part des participants qui ont répondu</source>
        <translation>Change in the share of participants who answered</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="114"/>
        <source>Changement de questionnaire (élément renommé, scindé…)</source>
        <translation>Questionnaire change (item renamed, split…)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="146"/>
        <source>n.c.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="151"/>
        <source>renommé</source>
        <translation>renamed</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="152"/>
        <source>scindé</source>
        <translation>split</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="153"/>
        <source>supprimé</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/comparison_model.py" line="154"/>
        <source>nouveau</source>
        <translation>new</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="96"/>
        <source>Évolution</source>
        <translation>Year on year</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="97"/>
        <source>Évolution d&apos;une évaluation à l&apos;autre</source>
        <translation>From one assessment to the next</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="98"/>
        <source>Évaluations comparées :</source>
        <translation>Assessments compared:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="101"/>
        <source>Synthèse</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="102"/>
        <source>Surface d&apos;atteinte</source>
        <translation>Attainment surface</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="103"/>
        <source>Tendances</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="104"/>
        <source>Éléments</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="105"/>
        <source>Financement et gouvernance</source>
        <translation>Funding and governance</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="111"/>
        <source>Niveau de consensus à chaque évaluation et son évolution ; triez par colonne. Survolez une ligne pour lire l&apos;élément et les changements de questionnaire.</source>
        <translation>The consensus level at each assessment and how it changed; sort by any column. Hover over a row to read the item and any questionnaire changes.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="115"/>
        <source>Éléments qui ont bougé seulement</source>
        <translation>Only items that moved</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="116"/>
        <source>Évolution par élément</source>
        <translation>Change per item</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="175"/>
        <source>Cochez au moins deux évaluations de la dynamique pour les comparer. Une nouvelle évaluation se crée chaque année depuis la page d&apos;accueil, en reprenant les réponses de la précédente.</source>
        <translation>Tick at least two of the dynamic&apos;s assessments to compare them. A new assessment is created each year from the start page, starting from the previous one&apos;s answers.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="187"/>
        <source>Comparaison des évaluations…</source>
        <translation>Comparing the assessments…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison.py" line="243"/>
        <source>Toutes les dimensions</source>
        <translation>All dimensions</translation>
    </message>
</context>
<context>
    <name>ContextPanel</name>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="247"/>
        <source>Indicateurs de financement</source>
        <translation>Funding indicators</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="250"/>
        <source>Ressources de la dynamique (montants annuels, sinon intensité)</source>
        <translation>The dynamic&apos;s resources (yearly amounts, otherwise intensity)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="254"/>
        <source>Variables de gouvernance et d&apos;identité qui ont changé</source>
        <translation>Governance and identity variables that changed</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="257"/>
        <source>Recommandations retenues et ce qu&apos;elles sont devenues</source>
        <translation>Recommendations accepted and what became of them</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="261"/>
        <source>Feuille de route : actions faites et mouvement des items visés</source>
        <translation>Roadmap: actions done and the movement of the items they targeted</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="271"/>
        <source>%1 — plan « %2 » : %3 action(s) faite(s) sur %4</source>
        <translation>%1 — plan “%2”: %3 action(s) done of %4</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="280"/>
        <source>aucun item visé</source>
        <translation>no item targeted</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="289"/>
        <source>Aucune action n&apos;était inscrite à la feuille de route.</source>
        <translation>No action was on the roadmap.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="301"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="311"/>
        <source>Ressource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="315"/>
        <source>Aucune variable n&apos;a changé.</source>
        <translation>No variable has changed.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="316"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="322"/>
        <source>{title} — retenue en « {when} » : {outcome}</source>
        <translation>{title} — accepted in “{when}”: {outcome}</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="330"/>
        <source>Aucune recommandation n&apos;avait été retenue lors des évaluations précédentes.</source>
        <translation>No recommendation had been accepted in the earlier assessments.</translation>
    </message>
</context>
<context>
    <name>DeliberationPage</name>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="133"/>
        <source>Délibération</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="134"/>
        <source>Éléments, les plus forts désaccords d’abord</source>
        <translation>Items, strongest disagreements first</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="135"/>
        <source>Grand texte</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="136"/>
        <source>Pour la projection au mur (Ctrl++)</source>
        <translation>For projecting on a wall (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="137"/>
        <source>Afficher les noms</source>
        <translation>Show names</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="138"/>
        <source>Sinon, chacun apparaît par son collège et un numéro.</source>
        <translation>Otherwise everyone appears as their collège and a number.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="139"/>
        <source>Consensus de l’équipe (touches 0 à 3)</source>
        <translation>Team consensus (keys 0 to 3)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="140"/>
        <source>Éléments de preuve retenus par l’équipe</source>
        <translation>Evidence retained by the team</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="141"/>
        <source>Créer une action sur cet élément…</source>
        <translation>Create an action on this item…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="143"/>
        <source>L&apos;ajouter à la feuille de route : qui la porte, pour quand</source>
        <translation>Add it to the roadmap: who carries it, by when</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="170"/>
        <source>%1 désaccord(s) fort(s) : écart de deux niveaux ou plus</source>
        <translation>%1 strong disagreement(s): a spread of two levels or more</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="213"/>
        <source>Dimension %1 · %2</source>
        <translation>Dimension %1 · %2</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="219"/>
        <source>Non concerné (N)</source>
        <translation>Not applicable (N)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="229"/>
        <source>Aucun participant n’a encore répondu.</source>
        <translation>No participant has answered yet.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="232"/>
        <source>%1 réponse(s) · moyenne %2 · écart %3</source>
        <translation>%1 answer(s) · mean %2 · spread %3</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="238"/>
        <source>Désaccord fort</source>
        <translation>Strong disagreement</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="259"/>
        <source>Non concerné : %1</source>
        <translation>Not applicable: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="261"/>
        <source>Pas encore répondu : %1</source>
        <translation>Not answered yet: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="265"/>
        <source>Choisi par %1 : %2</source>
        <translation>Chosen by %1: %2</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/deliberation.py" line="321"/>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../diagapp/ui/models/disagreements.py" line="30"/>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/disagreements.py" line="31"/>
        <source>Écart</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/disagreements.py" line="32"/>
        <source>Moyenne</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/disagreements.py" line="33"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/disagreements.py" line="120"/>
        <source>Non concerné</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>DoneBanner</name>
    <message>
        <location filename="../../diagapp/ui/pages/assessment_page.py" line="54"/>
        <source>Évaluation terminée.</source>
        <translation>Assessment finished.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/assessment_page.py" line="57"/>
        <source>Elle a été marquée « Terminée » : ce que vous changez ici modifie un diagnostic clos, et peut-être déjà envoyé aux financeurs. Rouvrez-la pour la compléter.</source>
        <translation>It was marked “Finished”: what you change here alters a closed diagnosis, perhaps already sent to funders. Reopen it to complete it.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/assessment_page.py" line="62"/>
        <source>Rouvrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/assessment_page.py" line="63"/>
        <source>Repasser l&apos;évaluation « En cours »</source>
        <translation>Set the assessment back to “In progress”</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="89"/>
        <source>Envoyer aux financeurs</source>
        <translation>Send to funders</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="93"/>
        <source>La monographie PDF est écrite à l&apos;endroit choisi, puis un brouillon de courriel qui la contient s&apos;ouvre dans votre messagerie. Les notes privées n&apos;y figurent jamais ; les justifications destinées aux financeurs, si.</source>
        <translation>The PDF monograph is written where you choose, then a draft email containing it opens in your mail program. Private notes never appear in it; justifications meant for funders do.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="108"/>
        <source>Édition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="109"/>
        <source>Équipe : la monographie complète</source>
        <translation>Team: the full monograph</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="111"/>
        <source>Financeurs : dossier court (demande, chiffres, risques, scores)</source>
        <translation>Funders: short brief (request, figures, risks, scores)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="115"/>
        <source>Anonymiser : remplacer les noms des participants par leur collège</source>
        <translation>Anonymise: replace participants&apos; names with their collège</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="118"/>
        <source>Ajouter l&apos;évolution depuis « %1 »</source>
        <translation>Add the changes since “%1”</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="125"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="136"/>
        <source>financeur@region.fr, fondation@exemple.org</source>
        <translation>funder@region.fr, foundation@example.org</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="137"/>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="139"/>
        <source>vous@dynamique.org (facultatif)</source>
        <translation>you@dynamic.org (optional)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="140"/>
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="142"/>
        <source>Fichier PDF</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="147"/>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="156"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="153"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="155"/>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="252"/>
        <source>Logo de la couverture</source>
        <translation>Cover logo</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="157"/>
        <source>Choisir le logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="163"/>
        <source>Édition :</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="164"/>
        <source>Langue :</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="165"/>
        <source>Destinataires :</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="166"/>
        <source>De :</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="167"/>
        <source>Fichier PDF :</source>
        <translation>PDF file:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="168"/>
        <source>Logo (couverture) :</source>
        <translation>Logo (cover):</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="169"/>
        <source>Sections :</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="174"/>
        <source>Créer le PDF et le courriel</source>
        <translation>Create the PDF and the email</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="244"/>
        <source>Enregistrer la monographie</source>
        <translation>Save the monograph</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="254"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>FinanceRowsModel</name>
    <message>
        <location filename="../../diagapp/ui/models/finance_rows_model.py" line="73"/>
        <source>« %1 » n&apos;est pas un choix de la liste.</source>
        <translation>“%1” is not one of the list&apos;s choices.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/finance_rows_model.py" line="86"/>
        <source>« %1 » n&apos;est pas un mois (écrivez par exemple 2026-12).</source>
        <translation>“%1” is not a month (write for example 2026-12).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/finance_rows_model.py" line="98"/>
        <source>« %1 » n&apos;est pas un nombre.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/finance_rows_model.py" line="108"/>
        <source>« %1 » n&apos;est pas un nombre entier.</source>
        <translation>“%1” is not a whole number.</translation>
    </message>
</context>
<context>
    <name>FunderFinancesPanel</name>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="202"/>
        <source>Financeurs et comptes</source>
        <translation>Funders and accounts</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="205"/>
        <source>Pour l&apos;édition destinée aux financeurs : chaque financement en cours (tapez dans la ligne marquée *, passez d&apos;une case à l&apos;autre avec Tab) et les comptes de chaque structure. Les prêts et apports en capital sont des financements, pas des recettes. Tout est enregistré aussitôt ; les financements qui ne sont pas terminés passent à l&apos;évaluation de l&apos;année suivante.</source>
        <translation>For the funder edition: each current funding line (type in the row marked *, move from cell to cell with Tab) and each structure&apos;s accounts. Loans and capital contributions are financing, not income. Everything is saved at once; funding that has not ended carries over to next year&apos;s assessment.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="212"/>
        <source>&amp;Lignes de financement :</source>
        <translation>&amp;Funding lines:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="213"/>
        <source>Ajouter une li&amp;gne</source>
        <translation>Add a l&amp;ine</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="214"/>
        <source>Supprimer la l&amp;igne</source>
        <translation>&amp;Delete the line</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="215"/>
        <source>&amp;Comptes par structure et par année :</source>
        <translation>A&amp;ccounts by structure and year:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="216"/>
        <source>Ajouter des c&amp;omptes</source>
        <translation>Add accoun&amp;ts</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="217"/>
        <source>Supprimer ces comp&amp;tes</source>
        <translation>Delete th&amp;ese accounts</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="218"/>
        <source>Ces lignes sont reprises : &amp;effacer l&apos;ancien texte</source>
        <translation>These lines are typed again: clear the old te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="221"/>
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="222"/>
        <source>Objet</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="223"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="224"/>
        <source>Montant annuel (€)</source>
        <translation>Yearly amount (€)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="225"/>
        <source>Début (AAAA-MM)</source>
        <translation>Start (YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="226"/>
        <source>Fin (AAAA-MM)</source>
        <translation>End (YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="227"/>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="232"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="233"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="234"/>
        <source>Subventions (€)</source>
        <translation>Subsidies (€)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="235"/>
        <source>Ventes et prestations (€)</source>
        <translation>Sales and services (€)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="236"/>
        <source>Dons et mécénat (€)</source>
        <translation>Donations and patronage (€)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="237"/>
        <source>Autres produits (€)</source>
        <translation>Other income (€)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="238"/>
        <source>Charges (€)</source>
        <translation>Expenses (€)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="239"/>
        <source>Résultat (€)</source>
        <translation>Result (€)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="240"/>
        <source>Fonds propres (€)</source>
        <translation>Equity (€)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="241"/>
        <source>Trésorerie (€)</source>
        <translation>Cash (€)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="242"/>
        <source>Salariés (ETP)</source>
        <translation>Staff (FTE)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="243"/>
        <source>Bénévoles</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="254"/>
        <source>— toute la dynamique —</source>
        <translation>— the whole dynamic —</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="266"/>
        <source>Lignes de l&apos;ancienne saisie que diagapp n&apos;a pas pu lire ; tapez-les dans les tableaux :</source>
        <translation>Lines of the earlier entry diagapp could not read; type them in the tables:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="283"/>
        <source>Ligne %1 : </source>
        <translation>Line %1: </translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="290"/>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="306"/>
        <source>Non enregistré.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="334"/>
        <source>Ajoutez d&apos;abord une structure dans la matrice des ressources.</source>
        <translation>First add a structure in the resource matrix.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funder_finances.py" line="350"/>
        <source>Chaque structure a déjà ses comptes de ces deux années.</source>
        <translation>Every structure already has its accounts for these two years.</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="156"/>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="157"/>
        <location filename="../../diagapp/ui/pages/funding.py" line="181"/>
        <source>Matrice des ressources</source>
        <translation>Resource matrix</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="160"/>
        <source>Une ligne par structure de la dynamique, une colonne par type de ressource (rapport, § 1.5, l. 783-832). Choisissez l&apos;intensité de chaque ressource avec les touches 0 à 3 (Néant, +, ++, +++) ou un double clic ; cochez « Montants » pour saisir les montants annuels en euros. Tout est enregistré aussitôt.</source>
        <translation>One row per structure of the dynamic, one column per type of resource (report, § 1.5, l. 783-832). Set each resource&apos;s intensity with the keys 0 to 3 (None, +, ++, +++) or a double click; tick “Yearly amounts” to enter the amounts in euros. Everything is saved at once.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="167"/>
        <source>&lt;b&gt;Intensités et montants :&lt;/b&gt; dès qu&apos;une structure a un montant annuel, l&apos;intensité de chacune de ses ressources monétaires est déduite de sa part dans le total de la structure (en italique) : Néant sans montant, « + » sous 20 %, « ++ » de 20 à moins de 50 %, « +++ » à partir de 50 %. Sans montant, l&apos;intensité est votre appréciation, comme dans le tableau du rapport. Les contributions en nature restent votre appréciation.</source>
        <translation>&lt;b&gt;Intensities and amounts:&lt;/b&gt; as soon as a structure has a yearly amount, the intensity of each of its monetary resources is derived from its share of the structure&apos;s total (in italics): None without an amount, “+” below 20%, “++” from 20% to below 50%, “+++” from 50%. Without amounts, the intensity is your own judgement, as in the report&apos;s table. Contributions in kind remain your judgement.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="176"/>
        <source>Intensité déduite des montants : %1 des ressources monétaires de la structure.</source>
        <translation>Intensity derived from the amounts: %1 of the structure&apos;s monetary resources.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="178"/>
        <source>&amp;Ajouter une structure</source>
        <translation>&amp;Add a structure</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="179"/>
        <source>&amp;Supprimer la structure</source>
        <translation>&amp;Remove the structure</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="180"/>
        <source>&amp;Montants annuels (€)</source>
        <translation>Yearly a&amp;mounts (€)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="182"/>
        <source>Structure sélectionnée</source>
        <translation>Selected structure</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="183"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="184"/>
        <source>Statut &amp;juridique :</source>
        <translation>&amp;Legal status:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="185"/>
        <source>&amp;Bénévolat (heures/an) :</source>
        <translation>Volunteer &amp;hours per year:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="186"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="187"/>
        <source>&amp;Valorisé à :</source>
        <translation>&amp;Valued at:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="188"/>
        <source>Valeur du bénévolat :</source>
        <translation>Value of volunteering:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="191"/>
        <source>Heures de bénévolat et de mécénat de compétences reçues dans l&apos;année, valorisées de 1 à 3 SMIC selon le niveau de compétence (l. 898).</source>
        <translation>Hours of volunteering and skills sponsorship received during the year, valued at 1 to 3 times the SMIC (the French minimum wage) by skill level (l. 898).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="221"/>
        <source>— non précisé —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="235"/>
        <source>1 SMIC (compétences courantes)</source>
        <translation>1 × SMIC (everyday skills)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="236"/>
        <source>2 SMIC (compétences qualifiées)</source>
        <translation>2 × SMIC (qualified skills)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="237"/>
        <source>3 SMIC (compétences expertes)</source>
        <translation>3 × SMIC (expert skills)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="321"/>
        <source>Nouvelle structure</source>
        <translation>New structure</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="349"/>
        <source>Supprimer la structure « %1 » et toutes ses ressources de cette évaluation ?</source>
        <translation>Remove the structure “%1” and all its resources from this assessment?</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding.py" line="351"/>
        <source>Supprimer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="92"/>
        <source>1. Nature des acteurs à l&apos;origine de la dynamique</source>
        <translation>1. Nature of the actors who started the dynamic</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="93"/>
        <source>2. Modèle économique et fiscalité</source>
        <translation>2. Economic model and taxation</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="94"/>
        <source>3. Implication et mobilisation des habitants</source>
        <translation>3. Involvement and mobilisation of inhabitants</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="95"/>
        <source>4. Place du débat et partage de la décision</source>
        <translation>4. Room for debate and shared decision-making</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="96"/>
        <source>Statuts juridiques et architecture de la gouvernance</source>
        <translation>Legal statuses and governance architecture</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="106"/>
        <source>Gouvernance et forme juridique</source>
        <translation>Governance and legal form</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="109"/>
        <source>Les quatre variables structurantes du choix du statut juridique et de la gouvernance (rapport, § 1.6, l. 999-1043). Chaque réponse est enregistrée aussitôt.</source>
        <translation>The four structuring variables behind the choice of legal status and governance (report, § 1.6, l. 999-1043). Each answer is saved at once.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="195"/>
        <source>Gouvernance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="196"/>
        <source>Typologie du rapport</source>
        <translation>The report&apos;s typology</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="199"/>
        <source>Dynamique</source>
        <translation>Dynamic</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="200"/>
        <source>Statut juridique</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="201"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="202"/>
        <source>Hab.</source>
        <translation>Inhab.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="203"/>
        <source>Débat</source>
        <translation>Debate</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="204"/>
        <source>En commun</source>
        <translation>In common</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="207"/>
        <source>Dynamiques du rapport comparables</source>
        <translation>Comparable dynamics from the report</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="261"/>
        <source>Répondu dans la fiche d&apos;identité : %1</source>
        <translation>Answered on the identity card: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="262"/>
        <source>non renseigné</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="265"/>
        <source>Dans le tableau du rapport : « %1 »</source>
        <translation>In the report&apos;s table: “%1”</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="279"/>
        <source>non concerné</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="281"/>
        <source>pas encore de consensus</source>
        <translation>no consensus yet</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="283"/>
        <source>Consensus de l&apos;équipe, dans le parcours (« %1 ») : %2</source>
        <translation>The team&apos;s consensus, in the walk-through (“%1”): %2</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="296"/>
        <source>statut non renseigné</source>
        <translation>status not given</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="297"/>
        <source>origine non renseignée</source>
        <translation>origin not given</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="301"/>
        <location filename="../../diagapp/ui/pages/governance.py" line="332"/>
        <source>habitants</source>
        <translation>inhabitants</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="302"/>
        <location filename="../../diagapp/ui/pages/governance.py" line="334"/>
        <source>débat</source>
        <translation>debate</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="306"/>
        <source>Votre dynamique : %1</source>
        <translation>Your dynamic: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="311"/>
        <source>Les dynamiques étudiées par le rapport qui partagent un de vos statuts ou votre origine (tableau des variables structurantes, l. 1023-1043) ; en vert, celles qui partagent les deux.</source>
        <translation>The dynamics studied in the report that share one of your statuses or your origin (table of structuring variables, l. 1023-1043); in green, those that share both.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="319"/>
        <source>Renseignez l&apos;origine et les statuts juridiques pour voir les dynamiques du rapport qui ont fait les mêmes choix (l. 1023-1043).</source>
        <translation>Fill in the origin and the legal statuses to see the report&apos;s dynamics that made the same choices (l. 1023-1043).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="328"/>
        <source>statut</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/governance.py" line="330"/>
        <source>origine</source>
        <translation>origin</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../diagapp/ui/pages/identity.py" line="58"/>
        <source>Fiche d’identité</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/identity.py" line="59"/>
        <source>&amp;Nom de la dynamique</source>
        <translation>&amp;Name of the dynamic</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/identity.py" line="60"/>
        <source>Nom de la dynamique</source>
        <translation>Name of the dynamic</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/identity.py" line="97"/>
        <source>Pour le dossier destiné aux financeurs</source>
        <translation>For the brief to funders</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/identity.py" line="101"/>
        <source>Remplis une fois puis repris chaque année, ces champs ne figurent que dans l&apos;édition pour les financeurs (« Envoyer aux financeurs », édition Financeurs).</source>
        <translation>Filled once and carried forward each year, these fields appear only in the funder edition (“Send to funders”, Funders edition).</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="136"/>
        <source>Indicateurs de financement</source>
        <translation>Funding indicators</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="138"/>
        <source>Dépendance aux subventions publiques</source>
        <translation>Dependence on public subsidies</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="139"/>
        <source>Part des ressources propres</source>
        <translation>Share of own resources</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="140"/>
        <source>Types de ressources mobilisés</source>
        <translation>Types of resources used</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="141"/>
        <source>Diversification des ressources</source>
        <translation>Diversification of resources</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="142"/>
        <source>Total des ressources monétaires</source>
        <translation>Total monetary resources</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="143"/>
        <source>Bénévolat valorisé</source>
        <translation>Valued volunteering</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="147"/>
        <source>Part des subventions publiques dans les recettes d&apos;exploitation (hors emprunts et apports en capital) ; la plupart des dynamiques étudiées en dépendent fortement (l. 802).</source>
        <translation>Share of public subsidies in operating income (loans and capital contributions left out); most of the dynamics studied depend heavily on them (l. 802).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="152"/>
        <source>Ventes, cotisations et prélèvement sur le chiffre d&apos;affaires, dans les recettes d&apos;exploitation (l. 792-796).</source>
        <translation>Sales, membership fees and levy on revenue, in operating income (l. 792-796).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="155"/>
        <source>Ressources d&apos;une intensité au moins « + » dans une structure.</source>
        <translation>Resources with an intensity of at least “+” in one structure.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="157"/>
        <source>De 0 (une seule ressource) à près de 1 (ressources nombreuses et équilibrées).</source>
        <translation>From 0 (a single resource) to nearly 1 (many, balanced resources).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="159"/>
        <source>Somme des montants annuels saisis.</source>
        <translation>Sum of the yearly amounts entered.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="161"/>
        <source>Heures de bénévolat valorisées de 1 à 3 SMIC selon la compétence (l. 898) : une image plus fidèle du modèle économique.</source>
        <translation>Volunteer hours valued at 1 to 3 times the SMIC (minimum wage) by skill level (l. 898): a truer picture of the economic model.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="202"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="218"/>
        <source>Heures de bénévolat valorisées de 1 à 3 SMIC selon la compétence (l. 898), au SMIC horaire brut en vigueur à la date de l&apos;évaluation : %1 depuis le %2 (%3).</source>
        <translation>Volunteer hours valued at 1 to 3 times the minimum wage (SMIC) by skill level (l. 898), at the gross hourly SMIC in force at the assessment&apos;s date: %1 since %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="226"/>
        <source>Parts calculées sur les montants annuels en euros.</source>
        <translation>Shares computed from the yearly amounts in euros.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="230"/>
        <source>Parts calculées sur les intensités : %1 sans montants annuels. Saisissez les montants de toutes les structures pour des parts en euros.</source>
        <translation>Shares computed from the intensities: %1 without yearly amounts. Enter every structure&apos;s amounts for shares in euros.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="237"/>
        <source>Aucun montant saisi : parts calculées sur les intensités (Néant = 0 … +++ = 3), comme le tableau du rapport (l. 810-832).</source>
        <translation>No amounts entered: shares computed from the intensities (None = 0 … +++ = 3), like the report&apos;s table (l. 810-832).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="245"/>
        <source>%1 ans glissants</source>
        <translation>any %1 years</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="246"/>
        <source>%1 exercices fiscaux</source>
        <translation>%1 fiscal years</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="254"/>
        <source>Source : %1, en vigueur depuis le %2.</source>
        <translation>Source: %1, in force since %2.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="259"/>
        <source>Le rapport (2020) citait les plafonds d&apos;alors : %1, et %2 pour un SIEG.</source>
        <translation>The report (2020) gave the ceilings of its time: %1, and %2 for an SGEI.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="268"/>
        <source>Règle de minimis (aides publiques aux activités économiques) : d&apos;après les montants saisis, aucune structure ne dépasse %1 sur %2 (%3 pour un service d&apos;intérêt économique général, SIEG).</source>
        <translation>De minimis rule (public aid to economic activities): according to the amounts entered, no structure exceeds %1 over %2 (%3 for a service of general economic interest, SGEI).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="283"/>
        <source>À vérifier avec vos financeurs — « %1 » a reçu %2 de subventions publiques (%3), au-delà du plafond de minimis de %4 sur %5%6.</source>
        <translation>To check with your funders — “%1” received %2 of public subsidies (%3), above the de minimis ceiling of %4 over %5%6.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="291"/>
        <source> (plafond SIEG)</source>
        <translation> (SGEI ceiling)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/funding_indicators.py" line="295"/>
        <source>Ce n&apos;est pas un constat d&apos;irrégularité : ce plafond ne vise que les aides à des activités économiques ; un mandat de service d&apos;intérêt économique général (SIEG) le porte à %1 ; au-delà, une aide peut relever d&apos;un régime d&apos;exemption par catégorie ou d&apos;une compensation de SIEG. Demandez à vos financeurs sous quel régime chaque aide a été accordée.</source>
        <translation>This is not a finding of irregularity: the ceiling only concerns aid to economic activities; a mandate for a service of general economic interest (SGEI) raises it to %1; above it, aid may fall under a block exemption or be SGEI compensation. Ask your funders under which scheme each aid was granted.</translation>
    </message>
</context>
<context>
    <name>ItemResultsModel</name>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="90"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="91"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="92"/>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="93"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="94"/>
        <source>Moyenne</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="95"/>
        <source>Écart</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="96"/>
        <source>Écart-type</source>
        <translation>Std dev.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="97"/>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="101"/>
        <source>Niveau retenu par l&apos;équipe (0 à 3)</source>
        <translation>Level the team settled on (0 to 3)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="102"/>
        <source>Moyenne des niveaux donnés par les participants</source>
        <translation>Mean of the levels the participants gave</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="103"/>
        <source>Écart entre la réponse la plus haute et la plus basse</source>
        <translation>Gap between the highest and the lowest answer</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="104"/>
        <source>Écart-type des réponses des participants</source>
        <translation>Standard deviation of the participants&apos; answers</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="105"/>
        <source>Réponses données (et « non concerné »)</source>
        <translation>Answers given (and “not applicable”)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="144"/>
        <source>non concerné</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/item_results_model.py" line="160"/>
        <source>%1 (+%2 n.c.)</source>
        <translation>%1 (+%2 n/a)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="125"/>
        <location filename="../../diagapp/ui/main_window.py" line="519"/>
        <source>Sections de l&apos;atelier</source>
        <translation>Workshop sections</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="154"/>
        <source>État de l&apos;enregistrement</source>
        <translation>Saving status</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="56"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="60"/>
        <source>Nouvelle &amp;dynamique…</source>
        <translation>New &amp;dynamic…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="68"/>
        <source>Nouvelle é&amp;valuation…</source>
        <translation>New &amp;assessment…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="76"/>
        <source>&amp;Ouvrir une base…</source>
        <translation>&amp;Open a database…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="85"/>
        <source>Envoyer aux &amp;financeurs (PDF)…</source>
        <translation>Send to &amp;funders (PDF)…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="93"/>
        <source>Exporter en &amp;tableur (xlsx, csv)…</source>
        <translation>Export as a &amp;spreadsheet (xlsx, csv)…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="100"/>
        <source>&amp;Exporter toute la base (JSON)…</source>
        <translation>&amp;Export the whole database (JSON)…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="108"/>
        <source>&amp;Importer les réponses d&apos;un autre ordinateur…</source>
        <translation>&amp;Import answers from another computer…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="120"/>
        <source>Formulaire pour un &amp;absent…</source>
        <translation>Form for an &amp;absent member…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="127"/>
        <source>Importer des formulaires &amp;remplis…</source>
        <translation>Import filled-in fo&amp;rms…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="135"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="141"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="145"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="151"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="154"/>
        <source>&amp;Grand texte (projection)</source>
        <translation>&amp;Large text (projection)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="163"/>
        <source>&amp;Plein écran</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="182"/>
        <source>A&amp;telier</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="186"/>
        <source>Participant &amp;suivant</source>
        <translation>&amp;Next participant</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="194"/>
        <source>Participant &amp;précédent</source>
        <translation>&amp;Previous participant</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="203"/>
        <source>Élément s&amp;uivant</source>
        <translation>Next &amp;item</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="211"/>
        <source>Élément p&amp;récédent</source>
        <translation>Previous i&amp;tem</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="221"/>
        <source>Mode salle : ouvrir l&apos;atelier aux &amp;téléphones…</source>
        <translation>Room mode: open the workshop to &amp;phones…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="228"/>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="232"/>
        <source>À &amp;propos de diagapp</source>
        <translation>&amp;About diagapp</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="239"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="250"/>
        <source>Partager avec le ré&amp;seau…</source>
        <translation>Share with the net&amp;work…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="251"/>
        <source>Se retirer du réseau…</source>
        <translation>Withdraw from the network…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="254"/>
        <source>Importer le référentiel du réseau…</source>
        <translation>Import the network&apos;s benchmark…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="319"/>
        <source>Importer les réponses d&apos;un autre ordinateur</source>
        <translation>Import answers from another computer</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="330"/>
        <source>Import terminé</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="336"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="333"/>
        <source>Consensus de l&apos;équipe</source>
        <translation>Team consensus</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="337"/>
        <source>Répond maintenant : %1</source>
        <translation>Now answering: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="357"/>
        <source>Enregistré ✓</source>
        <translation>Saved ✓</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="358"/>
        <source>Chaque saisie est enregistrée aussitôt.</source>
        <translation>Everything you enter is saved at once.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="361"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="368"/>
        <source>Non enregistré ⚠</source>
        <translation>Not saved ⚠</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="427"/>
        <source>Vos préférences ne sont pas enregistrées (disque plein ou lecture seule ?)</source>
        <translation>Your preferences are not being saved (full disk or read-only?)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="475"/>
        <source>Ouvrir une base diagapp</source>
        <translation>Open a diagapp database</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="477"/>
        <source>Base diagapp (*.sqlite);;Tous les fichiers (*)</source>
        <translation>diagapp database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="488"/>
        <source>Exporter toute la base (JSON)</source>
        <translation>Export the whole database (JSON)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="490"/>
        <location filename="../../diagapp/ui/window_menus.py" line="321"/>
        <source>Export diagapp (*.json)</source>
        <translation>diagapp export (*.json)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="496"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="499"/>
        <source>Export écrit : %1</source>
        <translation>Export written: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="355"/>
        <source>Questionnaire : version %1</source>
        <translation>Questionnaire: version %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="358"/>
        <source>D&apos;après : %1</source>
        <translation>Based on: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="361"/>
        <source>Base de données : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="364"/>
        <source>Journal des erreurs : %1</source>
        <translation>Error log: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="367"/>
        <source>Fonctionne entièrement hors ligne.</source>
        <translation>Works entirely offline.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="377"/>
        <source>À propos de diagapp</source>
        <translation>About diagapp</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="399"/>
        <source>Choisir un niveau (parcours, délibération)</source>
        <translation>Choose a level (walk-through, deliberation)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="404"/>
        <source>« Non concerné » oui / non</source>
        <translation>“Not applicable” on / off</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/window_menus.py" line="413"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="52"/>
        <source>Dimension ou élément</source>
        <translation>Dimension or item</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="53"/>
        <source>Vous</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="54"/>
        <source>Médiane</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="55"/>
        <source>1er quartile</source>
        <translation>1st quartile</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="56"/>
        <source>3e quartile</source>
        <translation>3rd quartile</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="57"/>
        <source>Dynamiques</source>
        <translation>Dynamics</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="60"/>
        <source>Au regard du réseau</source>
        <translation>Against the network</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="66"/>
        <source>du même type et de la même phase</source>
        <translation>of the same type and phase</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="67"/>
        <source>du même type</source>
        <translation>of the same type</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="68"/>
        <source>de la même phase</source>
        <translation>in the same phase</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="69"/>
        <source>de tout le réseau</source>
        <translation>of the whole network</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="79"/>
        <source>Aucun référentiel du réseau pour cette dynamique. Partagez vos résultats (Fichier › Partager avec le réseau…), puis importez le référentiel que le réseau vous renvoie (Fichier › Importer le référentiel du réseau…) pour vous situer parmi des dynamiques comme la vôtre.</source>
        <translation>No network benchmark for this dynamic. Share your results (File › Share with the network…), then import the benchmark your network sends back (File › Import the network&apos;s benchmark…) to see where you stand among dynamics like yours.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="89"/>
        <source>Votre consensus face aux {n} dynamiques {group} (référentiel du {date}). En rouge : sous le 1er quartile ; en vert : au-dessus du 3e.</source>
        <translation>Your consensus against the {n} dynamics {group} (benchmark of {date}). Red: below the 1st quartile; green: above the 3rd.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="130"/>
        <source>Aucun élément sous la médiane de vos pairs.</source>
        <translation>No item below your peers&apos; median.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="135"/>
        <source>Personne ne s&apos;est encore proposé pour aider sur vos points les plus faibles.</source>
        <translation>Nobody has offered help on your weakest points yet.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_network.py" line="139"/>
        <source>Ils proposent leur aide sur vos points les plus faibles :</source>
        <translation>They offer help on your weakest points:</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../diagapp/ui/dialogs/new_assessment.py" line="34"/>
        <source>Nouvelle évaluation</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/new_assessment.py" line="36"/>
        <source>Nouvelle évaluation pour « %1 ».</source>
        <translation>New assessment for “%1”.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/new_assessment.py" line="40"/>
        <source>Date de l&apos;atelier</source>
        <translation>Workshop date</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/new_assessment.py" line="41"/>
        <location filename="../../diagapp/ui/dialogs/new_assessment.py" line="87"/>
        <source>Diagnostic %1</source>
        <translation>Assessment %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/new_assessment.py" line="42"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/new_assessment.py" line="45"/>
        <source>Partir des réponses de « %1 » (marquées « à revoir »)</source>
        <translation>Start from the answers of “%1” (marked “to review”)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/new_assessment.py" line="57"/>
        <source>Ce qui est repris de l&apos;an dernier :
• les participants et leurs réponses, à revoir ensemble ;
• les structures et leurs financements ;
• les lignes de financement en cours (pas les comptes de l&apos;année) ;
• les objectifs, avec la valeur de l&apos;an dernier ;
• les actions ouvertes de la feuille de route.</source>
        <translation>What comes along from last year:
• the participants and their answers, to review together;
• the structures and their funding;
• the funding lines still running (not the year&apos;s accounts);
• the objectives, with last year&apos;s value;
• the open actions of the roadmap.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/new_assessment.py" line="70"/>
        <source>Date de l&apos;atelier :</source>
        <translation>Workshop date:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/new_assessment.py" line="71"/>
        <source>Intitulé :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/new_assessment.py" line="75"/>
        <source>Créer</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/new_assessment.py" line="86"/>
        <source>Diagnostic </source>
        <translation>Assessment </translation>
    </message>
</context>
<context>
    <name>ObjectivesPage</name>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="137"/>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="138"/>
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="139"/>
        <location filename="../../diagapp/ui/pages/objectives.py" line="155"/>
        <source>Objectifs de résultat</source>
        <translation>Objectives of result</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="142"/>
        <source>Les objectifs que l&apos;équipe se fixe avec ses partenaires : pour chacun, la valeur de départ et son année, la cible et son échéance, puis ce qui est atteint cette année. Les objectifs de l&apos;an dernier sont repris : leur valeur atteinte l&apos;an dernier s&apos;affiche à côté. Le dossier pour les financeurs les présente en tableau.</source>
        <translation>The objectives the team sets with its partners: for each, the baseline and its year, the target and its date, then what was reached this year. Last year&apos;s objectives are carried over: the value reached last year shows beside them. The brief for funders presents them as a table.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="150"/>
        <source>Nouvel objectif : tapez son intitulé puis Entrée</source>
        <translation>New objective: type its title, then Enter</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="152"/>
        <source>Intitulé du nouvel objectif</source>
        <translation>Title of the new objective</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="153"/>
        <source>&amp;Ajouter l&apos;objectif</source>
        <translation>&amp;Add the objective</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="154"/>
        <source>&amp;Supprimer l&apos;objectif</source>
        <translation>&amp;Delete the objective</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="158"/>
        <source>Tab : cellule suivante · tapez pour modifier, Entrée pour valider (c&apos;est enregistré aussitôt) · Suppr : supprimer l&apos;objectif choisi.</source>
        <translation>Tab: next cell · type to change, Enter to confirm (saved at once) · Delete: delete the chosen objective.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="164"/>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="165"/>
        <source>Indicateur (unité)</source>
        <translation>Indicator (unit)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="166"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="167"/>
        <source>Départ</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="168"/>
        <source>Année de départ</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="169"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="170"/>
        <source>Échéance</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="171"/>
        <source>L&apos;an dernier</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="172"/>
        <source>Atteint cette année</source>
        <translation>Reached this year</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="173"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="240"/>
        <source>Supprimer l&apos;objectif « %1 » ? Ses valeurs seront perdues.</source>
        <translation>Delete the objective “%1”? Its values will be lost.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/objectives.py" line="243"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OpeningPanel</name>
    <message>
        <location filename="../../diagapp/ui/main_window.py" line="87"/>
        <source>Ouverture de la base de données…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../diagapp/ui/models/participants.py" line="27"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/participants.py" line="28"/>
        <source>Pseudonyme</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/participants.py" line="29"/>
        <source>Collège</source>
        <translation>Collège</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/models/participants.py" line="30"/>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="116"/>
        <location filename="../../diagapp/ui/pages/participants.py" line="119"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="122"/>
        <source>Chacun répond au parcours en son nom, puis l’équipe délibère. Ctrl+Tab ou F6 passe au participant suivant, partout dans la fenêtre.</source>
        <translation>Everyone answers the walk-through in their own name, then the team deliberates. Ctrl+Tab or F6 moves to the next participant, anywhere in the window.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="127"/>
        <source>Liste des participants</source>
        <translation>List of participants</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="128"/>
        <source>Participant sélectionné</source>
        <translation>Selected participant</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="131"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="131"/>
        <source>&amp;Pseudonyme :</source>
        <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="131"/>
        <source>&amp;Collège :</source>
        <translation>&amp;Collège:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="135"/>
        <source>Nom du participant</source>
        <translation>Participant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="136"/>
        <source>Pseudonyme du participant</source>
        <translation>Participant&apos;s pseudonym</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="137"/>
        <source>(aucun : le nom est affiché)</source>
        <translation>(none: the name is shown)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="139"/>
        <source>Collège du participant</source>
        <translation>Participant&apos;s collège</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="140"/>
        <source>Pseudonymiser</source>
        <translation>Pseudonymise</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="142"/>
        <source>Remplace le nom affiché par « collège + numéro »</source>
        <translation>Replaces the displayed name with “collège + number”</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="144"/>
        <source>Répondre en son nom</source>
        <translation>Answer as this person</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="145"/>
        <source>Retirer…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="146"/>
        <source>Ajouter un participant</source>
        <translation>Add a participant</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="147"/>
        <source>Prénom Nom</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="148"/>
        <source>Nom du nouveau participant</source>
        <translation>New participant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="149"/>
        <source>Collège du nouveau participant</source>
        <translation>New participant&apos;s collège</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="150"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="170"/>
        <source>Collectivités</source>
        <translation>Local authorities</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="171"/>
        <source>Acteurs économiques</source>
        <translation>Economic actors</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="172"/>
        <source>Acteurs associatifs</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="173"/>
        <source>Habitants</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="174"/>
        <source>Salariés et bénévoles</source>
        <translation>Staff and volunteers</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="275"/>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="301"/>
        <source>Retirer « %1 » et ses %2 réponses ? Cette action est définitive.</source>
        <translation>Remove “%1” and their %2 answers? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="304"/>
        <source>Retirer un participant</source>
        <translation>Remove a participant</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/participants.py" line="304"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="57"/>
        <source>Supprimer l&apos;action</source>
        <translation>Delete the action</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="54"/>
        <source>Supprimer l&apos;action « %1 » de la feuille de route ?</source>
        <translation>Delete the action “%1” from the roadmap?</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="58"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="137"/>
        <source>Feuille de route</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="138"/>
        <source>Notre feuille de route</source>
        <translation>Our roadmap</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="141"/>
        <source>Ce que l&apos;équipe s&apos;engage à faire après le diagnostic : qui porte chaque action, pour quand, et quels items elle doit faire bouger. Tout est enregistré aussitôt. Inser (ou Alt+N) ajoute une action ; Suppr la retire de la liste.</source>
        <translation>What the team commits to after the diagnosis: who carries each action, by when, and which items it should move. Everything is saved at once. Insert (or Alt+N) adds an action; Delete removes it from the list.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="146"/>
        <source>&amp;Classer par</source>
        <translation>&amp;Sort by</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="147"/>
        <source>&amp;Montrer</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="148"/>
        <source>&amp;Nouvelle action</source>
        <translation>&amp;New action</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="150"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="150"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="150"/>
        <source>Échéance</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="150"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="154"/>
        <source>dimension</source>
        <translation>dimension</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="154"/>
        <source>date d&apos;échéance</source>
        <translation>target date</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="159"/>
        <source>toutes les actions</source>
        <translation>all actions</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="160"/>
        <source>les actions ouvertes</source>
        <translation>open actions</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="161"/>
        <source>les actions en retard</source>
        <translation>late actions</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="222"/>
        <source>Sans dimension</source>
        <translation>No dimension</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="237"/>
        <source>%1 actions : %2 à lancer, %3 en cours, %4 faites, %5 abandonnées ; %6 en retard.</source>
        <translation>%1 actions: %2 to start, %3 in progress, %4 done, %5 dropped; %6 late.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="265"/>
        <source>%1, en retard</source>
        <translation>%1, late</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan.py" line="332"/>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../diagapp/ui/charts.py" line="308"/>
        <source>non évalué</source>
        <translation>not assessed</translation>
    </message>
</context>
<context>
    <name>RadarTab</name>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="133"/>
        <source>&lt;b&gt;Les cinq dimensions&lt;/b&gt; (score moyen, 0 à 3)</source>
        <translation>&lt;b&gt;The five dimensions&lt;/b&gt; (mean score, 0 to 3)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="134"/>
        <source>&lt;b&gt;Superposer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Overlay&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="135"/>
        <source>Séries affichées sur les radars</source>
        <translation>Series shown on the radars</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="136"/>
        <source>Dimension du radar détaillé</source>
        <translation>Dimension of the detailed radar</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="137"/>
        <source>Consensus seul</source>
        <translation>Consensus only</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="138"/>
        <source>Consensus et collèges</source>
        <translation>Consensus and collèges</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="140"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="140"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="140"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="140"/>
        <source>Couverture</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="142"/>
        <source>Radar des cinq dimensions</source>
        <translation>Radar of the five dimensions</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="143"/>
        <source>Radar des éléments d&apos;une dimension</source>
        <translation>Radar of one dimension&apos;s items</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="172"/>
        <source>Consensus de l&apos;équipe</source>
        <translation>Team consensus</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="173"/>
        <source>Moyenne des participants</source>
        <translation>Participants&apos; mean</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="176"/>
        <source>Sans collège</source>
        <translation>No collège</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="180"/>
        <source>Collège : %1</source>
        <translation>Collège: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="226"/>
        <source>Maturité d&apos;ensemble : aucun élément n&apos;a encore de niveau de consensus.</source>
        <translation>Overall maturity: no item has a consensus level yet.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="228"/>
        <source>Maturité d&apos;ensemble : %1 sur 3, sur %2 éléments de %3 (%4 dimensions sur %5)</source>
        <translation>Overall maturity: %1 out of 3, based on %2 items of %3 (%4 dimensions of %5)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results_radar.py" line="236"/>
        <source>Diagnostic partiel</source>
        <translation>Partial diagnostic</translation>
    </message>
</context>
<context>
    <name>RadarsTab</name>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_charts.py" line="71"/>
        <source>Surface d&apos;atteinte par dimension (consensus), une couleur par évaluation</source>
        <translation>Attainment surface by dimension (consensus), one colour per assessment</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="139"/>
        <source>insistance du rapport %1</source>
        <translation>report&apos;s emphasis %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="143"/>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="148"/>
        <source>Où dans le rapport :</source>
        <translation>Where in the report:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="152"/>
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="153"/>
        <source>Écarter</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="154"/>
        <source>Note de l&apos;équipe (enregistrée aussitôt)</source>
        <translation>Team&apos;s note (saved at once)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="155"/>
        <source>Créer une action</source>
        <translation>Create an action</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="156"/>
        <source>L&apos;ajouter à la feuille de route, avec qui et quand</source>
        <translation>Add it to the roadmap, with who and when</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="158"/>
        <source>Accepter : %1</source>
        <translation>Accept: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="159"/>
        <source>Écarter : %1</source>
        <translation>Set aside: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="160"/>
        <source>Note de l&apos;équipe sur : %1</source>
        <translation>Team&apos;s note on: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="161"/>
        <source>Créer une action pour : %1</source>
        <translation>Create an action for: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="170"/>
        <source>L’an dernier (%1) : %2 — « %3 »</source>
        <translation>Last year (%1): %2 — “%3”</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="172"/>
        <source>L’an dernier (%1) : %2</source>
        <translation>Last year (%1): %2</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="180"/>
        <source>Retenue</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="181"/>
        <source>Écartée</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendation_card.py" line="182"/>
        <source>À discuter</source>
        <translation>To discuss</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="132"/>
        <source>Recommandations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="133"/>
        <source>Recommandations tirées du rapport</source>
        <translation>Recommendations drawn from the report</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="136"/>
        <source>Les propositions du rapport (annexe 1, l. 1406-1494), les leviers des chapitres 1 à 3 et le référentiel méthodologique (annexe 4) que vos réponses font ressortir, les plus utiles d&apos;abord. Pour chacune : pourquoi, où le rapport le dit, et la décision de l&apos;équipe, conservée pour l&apos;an prochain.</source>
        <translation>The report&apos;s proposals (annex 1, l. 1406-1494), the levers of chapters 1 to 3 and the methodological framework (annex 4) that your answers bring out, most useful first. For each one: why, where the report says it, and the team&apos;s decision, kept for next year.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="144"/>
        <source>Pour la dynamique</source>
        <translation>For the dynamic</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="145"/>
        <source>Pour les financeurs</source>
        <translation>For funders</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="146"/>
        <source>Plaidoyer</source>
        <translation>Advocacy</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="147"/>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="250"/>
        <source>Décisions de l&apos;an dernier</source>
        <translation>Last year&apos;s decisions</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="148"/>
        <source>Non déclenchées</source>
        <translation>Not triggered</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="153"/>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="156"/>
        <source>Recommandation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="153"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="153"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="156"/>
        <source>Pour qui</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="156"/>
        <source>Où dans le rapport</source>
        <translation>Where in the report</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="179"/>
        <source>Les recommandations ne peuvent pas être calculées : %1</source>
        <translation>The recommendations cannot be computed: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="193"/>
        <source>%1 recommandations s&apos;appliquent à votre situation : %2 mises en avant, %3 pour les financeurs, %4 à porter auprès des pouvoirs publics.</source>
        <translation>%1 recommendations apply to your situation: %2 highlighted, %3 for funders, %4 to take to the public authorities.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="201"/>
        <source>Aucune pour l&apos;instant : complétez le diagnostic pour en faire ressortir.</source>
        <translation>None yet: complete the assessment to bring some out.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="204"/>
        <source>À regarder d&apos;abord</source>
        <translation>Look at these first</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="206"/>
        <source>Autres recommandations</source>
        <translation>Other recommendations</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="207"/>
        <source>Aucune autre.</source>
        <translation>No others.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="216"/>
        <source>Propositions du rapport à l&apos;attention des financeurs</source>
        <translation>The report&apos;s proposals for funders</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="217"/>
        <source>Aucune proposition aux financeurs ne ressort de votre situation.</source>
        <translation>Your situation brings out no proposal for funders.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="226"/>
        <source>À porter auprès des pouvoirs publics et du législateur</source>
        <translation>To take to the public authorities and lawmakers</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="227"/>
        <source>Aucune.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="262"/>
        <source>Aucune évaluation précédente de cette dynamique : les décisions que l&apos;équipe prend cette année sur chaque recommandation (retenue, écartée) apparaîtront ici lors de la prochaine évaluation.</source>
        <translation>No earlier assessment of this dynamic: the decisions the team takes this year on each recommendation (accepted, set aside) will show here at the next assessment.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/recommendations.py" line="267"/>
        <source>L&apos;évaluation précédente ne contient aucune décision sur les recommandations : l&apos;équipe n&apos;en avait retenu ni écarté aucune. Celles que vous prenez cette année apparaîtront ici l&apos;an prochain.</source>
        <translation>The previous assessment holds no decision on the recommendations: the team neither accepted nor set aside any. The ones you take this year will show here next year.</translation>
    </message>
</context>
<context>
    <name>RereadPanel</name>
    <message>
        <location filename="../../diagapp/ui/dialogs/reread_panel.py" line="36"/>
        <source>Relecture avant envoi</source>
        <translation>Reread before sending</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/reread_panel.py" line="39"/>
        <source>Accepter ce point…</source>
        <translation>Accept this point…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/reread_panel.py" line="41"/>
        <source>Garder ce point tel quel en disant pourquoi : il ne compte plus comme grave.</source>
        <translation>Keep this point as it is, saying why: it no longer counts as serious.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/reread_panel.py" line="62"/>
        <source>Relecture impossible : %1</source>
        <translation>Reread impossible: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/reread_panel.py" line="77"/>
        <source>%1 point(s) à corriger avant d&apos;envoyer : corrigez-les ou acceptez-les.</source>
        <translation>%1 point(s) to fix before sending: fix or accept them.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/reread_panel.py" line="80"/>
        <source>Rien à corriger ; quelques points à vérifier.</source>
        <translation>Nothing to fix; a few points to check.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/reread_panel.py" line="82"/>
        <source>La relecture n&apos;a rien trouvé.</source>
        <translation>The reread found nothing.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/reread_panel.py" line="98"/>
        <location filename="../../diagapp/ui/dialogs/reread_panel.py" line="112"/>
        <source>Accepter ce point</source>
        <translation>Accept this point</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/reread_panel.py" line="99"/>
        <source>Pourquoi l&apos;équipe garde-t-elle ce point tel quel ?</source>
        <translation>Why does the team keep this point as it is?</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="139"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="140"/>
        <source>Résultats de l&apos;évaluation</source>
        <translation>Assessment results</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="143"/>
        <source>Surface d&apos;atteinte</source>
        <translation>Attainment surface</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="144"/>
        <source>Éléments</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="145"/>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="146"/>
        <source>Dynamiques proches</source>
        <translation>Similar dynamics</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="147"/>
        <source>Au regard du réseau</source>
        <translation>Against the network</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="152"/>
        <source>Triez par consensus ou par écart : les désaccords forts sont en rouge.</source>
        <translation>Sort by consensus or by spread: strong disagreements are in red.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="154"/>
        <source>Désaccords forts seulement</source>
        <translation>Strong disagreements only</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="155"/>
        <source>Résultats par élément</source>
        <translation>Results per item</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="157"/>
        <source>Intensité de chaque ressource par structure (Néant à +++).</source>
        <translation>Intensity of each resource per structure (None to +++).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="159"/>
        <source>Montants annuels (€)</source>
        <translation>Yearly amounts (€)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="160"/>
        <source>Carte des ressources</source>
        <translation>Resource map</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="163"/>
        <source>Les dynamiques étudiées par le rapport les plus proches de la vôtre par le profil de ressources (tableau l. 810-832), l&apos;implication des habitants, la place du débat et l&apos;origine (tableau l. 1023-1043). Première ligne : la vôtre.</source>
        <translation>The dynamics studied in the report closest to yours by resource profile (table l. 810-832), inhabitants&apos; involvement, room for debate and origin (table l. 1023-1043). First row: yours.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="169"/>
        <source>Dynamique</source>
        <translation>Dynamic</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="170"/>
        <source>Proximité</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="171"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="172"/>
        <source>Hab.</source>
        <translation>Inhab.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="173"/>
        <source>Débat</source>
        <translation>Debate</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="203"/>
        <source>Toutes les dimensions</source>
        <translation>All dimensions</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="230"/>
        <source>Votre dynamique</source>
        <translation>Your dynamic</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/results.py" line="269"/>
        <source>Non renseigné dans le tableau du rapport</source>
        <translation>Not given in the report&apos;s table</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../diagapp/ui/pages/plan_review.py" line="62"/>
        <source>Action de l&apos;an dernier</source>
        <translation>Last year&apos;s action</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_review.py" line="63"/>
        <source>Échéance</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_review.py" line="64"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_review.py" line="65"/>
        <source>Ce qui s&apos;est passé</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_review.py" line="70"/>
        <source>L&apos;atelier commence par la revue de la feuille de route de l&apos;an dernier : pour chaque action, où elle en est et ce qui s&apos;est passé. Les actions encore ouvertes ont été reprises dans celle de cette année.</source>
        <translation>The workshop opens with the review of last year&apos;s roadmap: for each action, where it stands and what happened. Actions still open were carried into this year&apos;s roadmap.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_review.py" line="84"/>
        <source>Revue de la feuille de route : %1</source>
        <translation>Review of the roadmap: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_review.py" line="95"/>
        <source>Statut de : %1</source>
        <translation>Status of: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_review.py" line="99"/>
        <source>Ce qui s&apos;est passé (ou pourquoi abandonnée)</source>
        <translation>What happened (or why it was dropped)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/plan_review.py" line="100"/>
        <source>Ce qui s&apos;est passé : %1</source>
        <translation>What happened: %1</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="75"/>
        <source>Mode salle</source>
        <translation>Room mode</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="79"/>
        <source>Réseau de l&apos;atelier :</source>
        <translation>Workshop network:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="81"/>
        <source>Ouvrir l&apos;atelier aux téléphones</source>
        <translation>Open the workshop to phones</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="90"/>
        <source>Les participants répondent sur leur téléphone, connectés au même réseau que cet ordinateur (son point d&apos;accès, en général). Rien ne passe par Internet.</source>
        <translation>Participants answer on their phones, connected to the same network as this computer (usually its hotspot). Nothing goes through the Internet.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="103"/>
        <source>Code de l&apos;atelier</source>
        <translation>Workshop code</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="105"/>
        <source>QR code de l&apos;adresse de l&apos;atelier</source>
        <translation>QR code of the workshop&apos;s address</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="108"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="108"/>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="114"/>
        <source>Libérer le téléphone du participant choisi</source>
        <translation>Free the chosen participant&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="116"/>
        <source>Pour qui a changé de téléphone : son nom redevient libre dans la liste.</source>
        <translation>For someone who changed phones: their name is free again in the list.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="121"/>
        <source>Fermer les inscriptions</source>
        <translation>Close joining</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="123"/>
        <source>Fermer l&apos;atelier</source>
        <translation>Close the workshop</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="160"/>
        <source>cet ordinateur seulement</source>
        <translation>this computer only</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="263"/>
        <source>Code : %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="266"/>
        <source>%1 téléphone(s) connecté(s)</source>
        <translation>%1 phone(s) connected</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="268"/>
        <source>inscriptions fermées</source>
        <translation>joining closed</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/room_panel.py" line="291"/>
        <source>connecté·e</source>
        <translation>connected</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../diagapp/ui/dialogs/settings.py" line="23"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/settings.py" line="30"/>
        <source>Langue de l’interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/settings.py" line="31"/>
        <source>Grand texte, pour projeter au mur</source>
        <translation>Large text, for projecting on a wall</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/settings.py" line="34"/>
        <source>Afficher les noms des participants pendant la délibération</source>
        <translation>Show participants&apos; names during the deliberation</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/settings.py" line="37"/>
        <source>Sinon, chacun apparaît par son collège et un numéro (« Habitants 2 »).</source>
        <translation>Otherwise everyone appears as their collège and a number (“Habitants 2”).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/settings.py" line="41"/>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="91"/>
        <source>Accueil</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="97"/>
        <source>D’après : %1</source>
        <translation>Based on: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="102"/>
        <source>Aucune dynamique pour l’instant. Commencez par « Nouvelle dynamique… », puis créez son évaluation de l’année.</source>
        <translation>No dynamic yet. Start with “New dynamic…”, then create this year&apos;s assessment.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="107"/>
        <source>&lt;b&gt;Participants&lt;/b&gt; : chaque personne présente, avec son collège.</source>
        <translation>&lt;b&gt;Participants&lt;/b&gt;: everyone present, with their collège.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parcours&lt;/b&gt; : chacun situe la dynamique sur les cinq dimensions du rapport, élément par élément (touches 0 à 3, Ctrl+Tab pour passer la main).</source>
        <translation type="vanished">&lt;b&gt;Walk-through&lt;/b&gt;: everyone places the dynamic on the report&apos;s five dimensions, item by item (keys 0 to 3, Ctrl+Tab to hand over).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="114"/>
        <source>&lt;b&gt;Délibération&lt;/b&gt; : les plus forts désaccords d’abord ; l’équipe fixe le consensus et note pourquoi.</source>
        <translation>&lt;b&gt;Deliberation&lt;/b&gt;: strongest disagreements first; the team settles the consensus and notes why.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gouvernance&lt;/b&gt; et &lt;b&gt;financement&lt;/b&gt;, puis les &lt;b&gt;résultats&lt;/b&gt; et le rapport pour les financeurs.</source>
        <translation type="vanished">&lt;b&gt;Governance&lt;/b&gt; and &lt;b&gt;funding&lt;/b&gt;, then the &lt;b&gt;results&lt;/b&gt; and the report for funders.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="109"/>
        <source>&lt;b&gt;Parcours&lt;/b&gt; : chacun situe la dynamique sur les cinq dimensions du rapport, élément par élément (touches 0 à 3, Ctrl+Tab pour passer la main), ou sur son téléphone avec le &lt;b&gt;mode salle&lt;/b&gt; (menu Atelier).</source>
        <translation>&lt;b&gt;Walk-through&lt;/b&gt;: everyone places the dynamic on the report’s five dimensions, item by item (keys 0 to 3, Ctrl+Tab to hand over), or on their own phone with &lt;b&gt;room mode&lt;/b&gt; (Workshop menu).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="118"/>
        <source>&lt;b&gt;Gouvernance&lt;/b&gt;, &lt;b&gt;financement&lt;/b&gt; et &lt;b&gt;objectifs&lt;/b&gt;, puis les &lt;b&gt;résultats&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Governance&lt;/b&gt;, &lt;b&gt;funding&lt;/b&gt; and &lt;b&gt;objectives&lt;/b&gt;, then the &lt;b&gt;results&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="122"/>
        <source>&lt;b&gt;Feuille de route&lt;/b&gt; : les actions que l’équipe retient, qui les porte et pour quand ; l’an prochain, l’atelier commence par leur revue.</source>
        <translation>&lt;b&gt;Roadmap&lt;/b&gt;: the actions the team commits to, who carries them and by when; next year, the workshop opens with their review.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="126"/>
        <source>Le rapport pour les financeurs : menu Fichier, « Envoyer aux financeurs (PDF)… » (Ctrl+P).</source>
        <translation>The report for funders: File menu, “Send to funders (PDF)…” (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="132"/>
        <source>Déroulé d’un atelier</source>
        <translation>How a workshop goes</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="136"/>
        <source>Tout est enregistré au fil de la saisie : il n’y a rien à « sauvegarder ».</source>
        <translation>Everything is saved as you type: there is nothing to “save”.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="141"/>
        <source>Dynamique / évaluation</source>
        <translation>Dynamic / assessment</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="142"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="143"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="144"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="145"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="148"/>
        <source>Dynamiques et évaluations</source>
        <translation>Dynamics and assessments</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="149"/>
        <source>Nouvelle dynamique…</source>
        <translation>New dynamic…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="150"/>
        <source>Nouvelle évaluation…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="151"/>
        <source>Ouvrir l’évaluation</source>
        <translation>Open the assessment</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="152"/>
        <source>Renommer…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="153"/>
        <source>Renommer l’évaluation choisie</source>
        <translation>Rename the chosen assessment</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="154"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="156"/>
        <source>Supprimer l’évaluation choisie (une copie de la base est faite avant)</source>
        <translation>Delete the chosen assessment (a copy of the database is made first)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="175"/>
        <source>Terminée</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="189"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="267"/>
        <source>Rouvrir (en cours)</source>
        <translation>Reopen (in progress)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="267"/>
        <location filename="../../diagapp/ui/pages/start.py" line="357"/>
        <location filename="../../diagapp/ui/pages/start.py" line="358"/>
        <source>Marquer comme terminée</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="274"/>
        <source>Nouvelle dynamique</source>
        <translation>New dynamic</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="274"/>
        <source>Nom de la dynamique :</source>
        <translation>Name of the dynamic:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="287"/>
        <source>Choisissez d’abord une dynamique dans la liste.</source>
        <translation>First choose a dynamic in the list.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="356"/>
        <source>Marquer quand même cette évaluation comme terminée ?</source>
        <translation>Mark this assessment as finished anyway?</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="377"/>
        <source>Renommer l’évaluation</source>
        <translation>Rename the assessment</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="378"/>
        <source>Nouveau nom de l’évaluation :</source>
        <translation>New name of the assessment:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="398"/>
        <source>Supprimer l’évaluation « %1 » de « %2 », avec ses %3 participant(s) et toutes leurs réponses ? Une copie de sauvegarde de toute la base est faite juste avant.</source>
        <translation>Delete the assessment “%1” of “%2”, with its %3 participant(s) and all their answers? A backup copy of the whole database is made just before.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="407"/>
        <source>Supprimer une évaluation</source>
        <translation>Delete an assessment</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="407"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="419"/>
        <source>Évaluation supprimée</source>
        <translation>Assessment deleted</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/start.py" line="420"/>
        <source>« %1 » est supprimée. La copie faite juste avant est ici : %2</source>
        <translation>“%1” is deleted. The copy made just before is here: %2</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="140"/>
        <source>Ce qui a le plus progressé</source>
        <translation>What improved most</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="141"/>
        <source>Ce qui a reculé</source>
        <translation>What slipped back</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="142"/>
        <source>Dimensions d&apos;une évaluation à l&apos;autre</source>
        <translation>Dimensions from one assessment to the next</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="148"/>
        <source>Depuis « {first} » ({when}), score de consensus de chaque dimension (0 à 3), écart moyen entre participants et part des éléments tranchés.</source>
        <translation>Since “{first}” ({when}): each dimension&apos;s consensus score (0 to 3), the mean spread between participants and the share of items settled.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="155"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="157"/>
        <source>Δ score</source>
        <translation>Δ score</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="158"/>
        <source>Δ écart moyen</source>
        <translation>Δ mean spread</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="159"/>
        <source>Δ couverture</source>
        <translation>Δ coverage</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="176"/>
        <source>Ensemble</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="180"/>
        <source>Aucun élément en hausse.</source>
        <translation>No item went up.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_panels.py" line="183"/>
        <source>Aucun élément en baisse.</source>
        <translation>No item went down.</translation>
    </message>
</context>
<context>
    <name>TrendsChart</name>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_charts.py" line="168"/>
        <source>Score de consensus (0 à 3)</source>
        <translation>Consensus score (0 to 3)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/comparison_charts.py" line="193"/>
        <source>Ensemble (pointillés)</source>
        <translation>Overall (dotted)</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="130"/>
        <source>Parcours des cinq dimensions</source>
        <translation>Walk-through of the five dimensions</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="131"/>
        <source>&amp;Répond :</source>
        <translation>&amp;Answering:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="132"/>
        <source>Qui répond</source>
        <translation>Who is answering</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="133"/>
        <source>Ctrl+Tab ou F6 : participant suivant</source>
        <translation>Ctrl+Tab or F6: next participant</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="134"/>
        <source>Avancement d’ensemble</source>
        <translation>Overall progress</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="135"/>
        <source>Ensemble : %v / %m éléments</source>
        <translation>Overall: %v / %m items</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="137"/>
        <source>À revoir : cette réponse vient de l’évaluation précédente.</source>
        <translation>To review: this answer comes from the previous assessment.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="139"/>
        <source>Garder cette réponse</source>
        <translation>Keep this answer</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="140"/>
        <source>← Élément précédent</source>
        <translation>← Previous item</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="141"/>
        <source>Page précédente ou Alt+←</source>
        <translation>Page Up or Alt+←</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="142"/>
        <source>Élément suivant →</source>
        <translation>Next item →</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="143"/>
        <source>Page suivante ou Alt+→</source>
        <translation>Page Down or Alt+→</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="184"/>
        <source>Consensus de l’équipe</source>
        <translation>Team consensus</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="232"/>
        <source>Dimension %1 · %2 — élément %3 sur %4</source>
        <translation>Dimension %1 · %2 — item %3 of %4</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="240"/>
        <source>Source : %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/pages/walkthrough.py" line="242"/>
        <source>Non concerné (N)</source>
        <translation>Not applicable (N)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../diagapp/ui/app.py" line="72"/>
        <source>Base de données déjà ouverte</source>
        <translation>Database already open</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/app.py" line="78"/>
        <source>Base de données endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/app.py" line="80"/>
        <source>Aucune sauvegarde vérifiée n&apos;a pu la remplacer. Le fichier est laissé tel quel : conservez-le et lancez « diagapp check --repair » ou demandez de l&apos;aide.</source>
        <translation>No verified backup could replace it. The file is left as it is: keep it and run “diagapp check --repair”, or ask for help.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/app.py" line="90"/>
        <location filename="../../diagapp/ui/app.py" line="278"/>
        <source>Impossible d&apos;ouvrir la base de données</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/app.py" line="100"/>
        <source>Base de données restaurée</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/app.py" line="182"/>
        <source>La base de données était endommagée ; elle a été réparée à l&apos;ouverture.</source>
        <translation>The database was damaged; it was repaired when opened.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/app.py" line="188"/>
        <source>Le fichier endommagé est conservé à part : %1</source>
        <translation>The damaged file is kept aside: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/app.py" line="194"/>
        <source>Les données ont été restaurées depuis la sauvegarde du %1.</source>
        <translation>The data were restored from the backup of %1.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/app.py" line="199"/>
        <source>Vérifiez les dernières saisies faites après cette sauvegarde.</source>
        <translation>Check the last entries made after that backup.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/app.py" line="247"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/app.py" line="248"/>
        <source>Une erreur inattendue s&apos;est produite (%1). Vos saisies déjà enregistrées sont conservées. Les détails pour l&apos;assistance sont dans : %2</source>
        <translation>An unexpected error occurred (%1). What you have already saved is kept. Details for support are in: %2</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <location filename="../../diagapp/ui/dialogs/ask.py" line="17"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/ask.py" line="20"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <location filename="../../diagapp/ui/coverage.py" line="21"/>
        <source>Diagnostic partiel : seuls %1 éléments sur %2 ont un niveau de consensus (%3 dimensions évaluées sur %4). Les dimensions non évaluées sont absentes des résultats, et la couverture du PDF l&apos;indique.</source>
        <translation>Partial diagnostic: only %1 items of %2 have a consensus level (%3 dimensions assessed of %4). Unassessed dimensions are left out of the results, and the PDF cover says so.</translation>
    </message>
</context>
<context>
    <name>export_pdf</name>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="341"/>
        <source>PDF écrit dans %1</source>
        <translation>PDF written in %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="346"/>
        <source>ouvrir le dossier</source>
        <translation>open the folder</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="373"/>
        <source>Aucune messagerie n&apos;a pu ouvrir le brouillon. Le PDF et le courriel sont dans %1 : joignez le PDF à un message, ou ouvrez le fichier .eml avec votre messagerie.</source>
        <translation>No mail program could open the draft. The PDF and the email are in %1: attach the PDF to a message, or open the .eml file with your mail program.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="380"/>
        <source>Monographie prête</source>
        <translation>Monograph ready</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="428"/>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="441"/>
        <source>Envoyer aux financeurs</source>
        <translation>Send to funders</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="429"/>
        <source>Ouvrez d&apos;abord une évaluation.</source>
        <translation>Open an assessment first.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/export_pdf.py" line="437"/>
        <source>Écriture de la monographie…</source>
        <translation>Writing the monograph…</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="36"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="53"/>
        <source>Formulaire pour un participant absent</source>
        <translation>Form for an absent participant</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="54"/>
        <source>Pour qui ?</source>
        <translation>For whom?</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="96"/>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="161"/>
        <source>Choisissez d&apos;abord une évaluation sur la page d&apos;accueil.</source>
        <translation>First choose an assessment on the start page.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="103"/>
        <source>Ajoutez d&apos;abord le membre absent sur la page « Participants ».</source>
        <translation>First add the absent member on the “Participants” page.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="114"/>
        <source>Formulaire %1 - %2</source>
        <translation>Form %1 - %2</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="120"/>
        <source>Enregistrer le formulaire</source>
        <translation>Save the form</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="132"/>
        <source>Formulaire enregistré</source>
        <translation>Form saved</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="133"/>
        <source>Le formulaire de %1 est enregistré :
%2

Envoyez-le-lui : il se remplit dans Excel ou LibreOffice, sans connexion. Une fois rempli, importez-le par « Importer des formulaires remplis… ».</source>
        <translation>%1&apos;s form is saved:
%2

Send it to them: it can be filled in with Excel or LibreOffice, offline. Once it is filled in, import it with “Import filled-in forms…”.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="164"/>
        <source>Importer des formulaires remplis</source>
        <translation>Import filled-in forms</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="187"/>
        <source>Import des formulaires</source>
        <translation>Forms import</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="192"/>
        <source>Détail de l&apos;import</source>
        <translation>Import details</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="200"/>
        <source>Refusé : %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/forms.py" line="208"/>
        <source>%1 formulaire(s) lu(s) : %2 réponse(s) importée(s), %3 formulaire(s) refusé(s).</source>
        <translation>%1 form(s) read: %2 answer(s) imported, %3 form(s) refused.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../diagapp/ui/settings.py" line="138"/>
        <source>Vos préférences n&apos;ont pas pu être enregistrées dans %1 (disque plein ou dossier en lecture seule ?). Elles valent jusqu&apos;à la fermeture de diagapp. Vos saisies, elles, sont bien enregistrées dans la base.</source>
        <translation>Your preferences could not be saved in %1 (full disk or read-only folder?). They apply until diagapp is closed. Your answers themselves are safely saved in the database.</translation>
    </message>
</context>
<context>
    <name>share_network</name>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="51"/>
        <source>Fichier JSON (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="62"/>
        <source>Importer le référentiel du réseau</source>
        <translation>Import the network&apos;s benchmark</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="64"/>
        <source>Référentiel du réseau (*.json)</source>
        <translation>Network benchmark (*.json)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="91"/>
        <source>Partager avec le réseau</source>
        <translation>Share with the network</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="105"/>
        <source>Le réseau met en commun des fichiers anonymisés pour que chaque dynamique se situe parmi des dynamiques comme elle. Le fichier ne contient ni noms, ni participants, ni textes libres : vous le verrez en entier avant de l&apos;écrire.</source>
        <translation>The network pools anonymised files so that each dynamic can see where it stands among dynamics like it. The file holds no names, no participants and no free text: you will see all of it before it is written.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="114"/>
        <source>Années à partager :</source>
        <translation>Years to share:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="121"/>
        <source>%1 (diagnostic du %2)</source>
        <translation>%1 (assessment of %2)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="131"/>
        <source>Indiquer le département</source>
        <translation>Give the département</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="133"/>
        <source>ex. 07, 2A, 974</source>
        <translation>e.g. 07, 2A, 974</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="137"/>
        <source>Proposer notre aide à d&apos;autres dynamiques</source>
        <translation>Offer our help to other dynamics</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="140"/>
        <source>adresse électronique</source>
        <translation>email address</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="144"/>
        <source>Éléments sur lesquels l&apos;équipe accepte d&apos;aider (le réseau transmet votre contact aux dynamiques qui y sont plus faibles) :</source>
        <translation>Items on which the team is willing to help (the network passes your contact on to dynamics that are weaker on them):</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="170"/>
        <source>Voir le contenu du fichier…</source>
        <translation>See the file&apos;s contents…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="235"/>
        <source>Voici exactement ce que contiendra le fichier. Rien d&apos;autre n&apos;est écrit ; rien n&apos;est envoyé : c&apos;est vous qui transmettrez le fichier au réseau.</source>
        <translation>This is exactly what the file will hold. Nothing else is written and nothing is sent: you pass the file on to the network yourself.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="248"/>
        <source>En clair</source>
        <translation>Plain words</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="249"/>
        <source>Fichier exact (JSON)</source>
        <translation>Exact file (JSON)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="252"/>
        <source>← Modifier les choix</source>
        <translation>← Change the choices</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="254"/>
        <source>Enregistrer le fichier…</source>
        <translation>Save the file…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="257"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="278"/>
        <source>Enregistrer le fichier de partage</source>
        <translation>Save the share file</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="286"/>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="354"/>
        <source>Fichier non écrit</source>
        <translation>File not written</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="290"/>
        <source>Fichier de partage écrit</source>
        <translation>Share file written</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="291"/>
        <source>%1 est prêt. Envoyez-le au réseau (courriel, dossier partagé) : il ne contient ni noms, ni participants, ni textes libres.</source>
        <translation>%1 is ready. Send it to the network (email, shared folder): it holds no names, no participants and no free text.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="306"/>
        <source>Choisissez d&apos;abord une évaluation à partager.</source>
        <translation>First choose an assessment to share.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="321"/>
        <source>Choisissez d&apos;abord une évaluation.</source>
        <translation>First choose an assessment.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="326"/>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="338"/>
        <source>Se retirer du réseau</source>
        <translation>Withdraw from the network</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="328"/>
        <source>Vous allez écrire un fichier de retrait. Envoyé au réseau, il efface du pool tout ce que cette dynamique a partagé, toutes années comprises. Votre identifiant pseudonyme est ensuite oublié sur cet ordinateur : un partage ultérieur repartira de zéro sous un nouvel identifiant. Vos données restent intactes ici.</source>
        <translation>You are about to write a withdrawal file. Once sent to the network, it removes from the pool everything this dynamic has shared, every year included. Your pseudonymous id is then forgotten on this computer: a later share starts afresh under a new id. Your data here stay untouched.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="339"/>
        <source>Écrire le fichier de retrait…</source>
        <translation>Write the withdrawal file…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="345"/>
        <source>Enregistrer le fichier de retrait</source>
        <translation>Save the withdrawal file</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="358"/>
        <source>Fichier de retrait écrit</source>
        <translation>Withdrawal file written</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="359"/>
        <source>%1 est prêt. Envoyez-le au réseau : il y effacera tout ce que cette dynamique a partagé.</source>
        <translation>%1 is ready. Send it to the network: it will remove there everything this dynamic has shared.</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="379"/>
        <source>Référentiel non importé</source>
        <translation>Benchmark not imported</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="385"/>
        <source>Référentiel importé</source>
        <translation>Benchmark imported</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_network.py" line="386"/>
        <source>Référentiel du réseau du %1 importé (%2 groupe(s) de dynamiques).</source>
        <translation>The network&apos;s benchmark of %1 is imported (%2 group(s) of dynamics).</translation>
    </message>
</context>
<context>
    <name>share_preview</name>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="29"/>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="61"/>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="65"/>
        <source>non renseigné</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="31"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="31"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="51"/>
        <source>Typologie de la dynamique</source>
        <translation>The dynamic&apos;s typology</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="63"/>
        <source>  Année de création : %1</source>
        <translation>  Year founded: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="67"/>
        <source>  %1 (tranche) : %2</source>
        <translation>  %1 (band): %2</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="72"/>
        <source>  Département : %1</source>
        <translation>  Département: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="73"/>
        <source>non communiqué</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="81"/>
        <source>non concerné</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="87"/>
        <source>terminé</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="89"/>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="92"/>
        <source>Année %1 — questionnaire version %2, diagnostic %3</source>
        <translation>Year %1 — questionnaire version %2, assessment %3</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="96"/>
        <source>  Couverture du questionnaire : %1</source>
        <translation>  Questionnaire coverage: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="99"/>
        <source>  Scores par dimension (0 à 3) :</source>
        <translation>  Scores by dimension (0 to 3):</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="108"/>
        <source>    %1. %2 : %3 (couverture %4)</source>
        <translation>    %1. %2: %3 (coverage %4)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="114"/>
        <source>  Niveaux de consensus par élément (0 à 3) :</source>
        <translation>  Consensus levels by item (0 to 3):</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="119"/>
        <source>  Gouvernance :</source>
        <translation>  Governance:</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="126"/>
        <source>montants</source>
        <translation>amounts</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="128"/>
        <source>intensités</source>
        <translation>intensities</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="131"/>
        <source>  Financement (calculé sur les %1) :</source>
        <translation>  Funding (computed from the %1):</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="143"/>
        <source>    %1 : intensité %2 (%3)</source>
        <translation>    %1: intensity %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="149"/>
        <source>, part des ressources %1 %</source>
        <translation>, share of resources %1 %</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="159"/>
        <source>Fichier de partage diagapp (format %1), créé le %2</source>
        <translation>diagapp share file (format %1), made on %2</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="162"/>
        <source>Identifiant pseudonyme : %1 (tiré au hasard ; il permet au réseau de remplacer vos données de l&apos;an dernier par les nouvelles)</source>
        <translation>Pseudonymous id: %1 (drawn at random; it lets the network replace last year&apos;s data with the new ones)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="167"/>
        <source>Clé de preuve : %1 (secrète ; elle prouve au réseau que les fichiers suivants viennent de vous)</source>
        <translation>Proof key: %1 (secret; it proves to the network that later files come from you)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="178"/>
        <source>Entraide</source>
        <translation>Mutual help</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="180"/>
        <source>  Contact : %1</source>
        <translation>  Contact: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="181"/>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="187"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="186"/>
        <source>  Éléments sur lesquels vous proposez votre aide : %1</source>
        <translation>  Items on which you offer your help: %1</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/share_preview.py" line="192"/>
        <source>Le fichier ne contient rien d&apos;autre : ni le nom de la dynamique, ni les participants, ni les textes libres, preuves ou notes.</source>
        <translation>The file holds nothing else: not the dynamic&apos;s name, nor the participants, nor free texts, evidence or notes.</translation>
    </message>
</context>
<context>
    <name>spreadsheets</name>
    <message>
        <location filename="../../diagapp/ui/dialogs/spreadsheets.py" line="23"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/spreadsheets.py" line="24"/>
        <source>Tableau CSV pour Excel (*.csv)</source>
        <translation>CSV table for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/spreadsheets.py" line="28"/>
        <source>Exporter les données</source>
        <translation>Export the data</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/spreadsheets.py" line="29"/>
        <source>diagapp-donnees.xlsx</source>
        <translation>diagapp-data.xlsx</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/spreadsheets.py" line="45"/>
        <source>Export des données…</source>
        <translation>Exporting the data…</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/spreadsheets.py" line="49"/>
        <source>Export terminé</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../diagapp/ui/dialogs/spreadsheets.py" line="50"/>
        <source>Données écrites : %1</source>
        <translation>Data written: %1</translation>
    </message>
</context>
</TS>
