// « Aide » (F1): the focus order of each screen and every keyboard shortcut, so that an agent
// never needs the mouse. Keep it in step with lib/keys.ts users.
import { Dialog } from '../../components/Dialog.js';

const SHORTCUTS: [string, string][] = [
  ['F1', 'Ouvrir ou fermer cette aide'],
  ['Alt+R', 'Revenir à la recherche de patient (depuis la recherche ou une fiche)'],
  ['Alt+N', 'Nouvelle identité (depuis la recherche ou une fiche)'],
  ['Alt+O', 'Opérateurs : comptes des agents et création d’un compte (référent en identitovigilance seulement)'],
  ['Alt+V', 'Identitovigilance : vérifications INSi, doublons, indicateurs, journal (référent en identitovigilance seulement)'],
  ['Alt+1 … Alt+5', 'Identitovigilance : Indicateurs (1), Vérifications INSi (2), File de revue (3), Doublons (4), Journal (5) ; ← / → passent d’un onglet à l’autre'],
  ['↓ / ↑', 'Recherche : descendre dans les résultats, passer d’une ligne à l’autre ; Lieu de naissance : parcourir les propositions'],
  ['Début / Fin', 'Première ou dernière ligne des résultats'],
  ['Entrée', 'Ouvrir l’identité sélectionnée ; choisir le lieu proposé ; valider une boîte de dialogue'],
  ['Ctrl+S ou Ctrl+Entrée', 'Enregistrer l’identité'],
  ['Échap', 'Fermer la boîte de dialogue ou la liste ; quitter le formulaire ; revenir de la fiche ou des opérateurs à la recherche ; effacer la recherche'],
  ['Alt+M', 'Fiche : modifier l’identité'],
  ['Alt+D', 'Fiche : contrôle de pièce d’identité'],
  ['Alt+H', 'Fiche : afficher ou masquer l’historique'],
  ['Alt+I', 'Interroger INSi : depuis une fiche (impossible pour une identité douteuse ou fictive), depuis le formulaire de création avec les traits saisis, depuis la recherche pour un nouveau patient (carte Vitale)'],
  ['↓ / ↑ puis Entrée', 'INSi : choisir la carte Vitale, puis le bénéficiaire (Échap revient aux cartes)'],
  ['Entrée', 'INSi : accepter l’identité renvoyée (le bouton « Accepter l’identité INSi » a le focus)'],
  ['Alt+U / Alt+P / Alt+H', 'Doublons, paire ouverte : Fusionner / Personnes distinctes / Homonymes (chacun demande un motif) ; Échap revient à la liste des paires'],
  ['← / → puis Entrée', '« Cette personne existe peut-être déjà » : passer d’une identité proche à l’autre, Entrée ouvre la fiche existante (rien n’est créé) ; Tab → « Créer quand même » ; Échap revient à la saisie'],
  ['Tab / Maj+Tab', 'Champ suivant / précédent'],
];

const ORDER: [string, string][] = [
  ['Recherche', 'Zone de recherche (déjà active) → résultats (↓) → Entrée ouvre la fiche.'],
  ['Formulaire', 'Nom de naissance → Prénom(s) de naissance → Premier prénom de naissance → Date de naissance → Sexe (taper M, F ou I) → Lieu de naissance (taper puis ↓ et Entrée) → Nom utilisé → Prénom utilisé → Enregistrer.'],
  ['Fiche', 'Nom de l’identité → statut (son info-bulle dit ce qui manque pour la qualifier) → Modifier → Interroger INSi → Contrôle de pièce d’identité → Historique → attributs.'],
  ['INSi', 'Cartes Vitale du lecteur (déjà actives, à privilégier) → bénéficiaires → ou « Interroger par traits ». Sur la comparaison, le focus est sur « Accepter l’identité INSi » ; Maj+Tab remonte à la date de fin de validité puis au type de pièce pour enregistrer le contrôle avec l’acceptation ; « Refuser » demande un motif. Échap revient à la fiche.'],
  ['Doublons', '« Rechercher les doublons » → paires à examiner (↓ / ↑, Entrée ouvre la paire ; collisions en tête) → identité conservée (↑ / ↓ entre les deux) → pour chaque trait différent, la valeur gardée → Fusionner (Alt+U), motif, Entrée. « Fusions récentes » : « Annuler la fusion », motif, Entrée.'],
  ['Indicateurs', 'Regroupement (taper M ou S) → Du → Au (jour, mois, année au clavier) → Entrée affiche la période → chiffres clés → pour chaque tableau (le graphique a son tableau), « Exporter en CSV ».'],
  ['Journal', 'Journal (opérations ou accès) → Opérateur → IPP de l’identité → Action → Du → Au → Entrée filtre → « Vérifier l’intégrité du journal » (le résultat prend le focus) → « Exporter pour audit » (CSV ou JSON lignes) → entrées, les plus récentes d’abord → « Entrées plus anciennes ».'],
  ['Vérifications INSi', 'Appels par seconde → Entrée lance la vérification (ou la reprend) → Pause / Annuler → la barre de progression donne confirmées, échecs, à relancer et la fin estimée → dernières vérifications.'],
  ['File de revue', 'Éléments en échec (↓ / ↑, Entrée ouvre) → comparaison fiche locale / INSi, le focus est sur « Accepter l’identité INSi » (Entrée accepte) ; Tab → « Conserver l’identité locale » (motif obligatoire, Entrée) ; « Relancer la récupération INSi » si la réponse est trop ancienne ; Échap revient à la file.'],
  ['Opérateurs', 'Identifiant (déjà actif) → Nom affiché → Rôle (taper A ou R) → Mot de passe → Confirmation du mot de passe → Entrée crée le compte ; la liste des comptes est relue.'],
];

export function HelpDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Aide — clavier" onClose={onClose} wide>
      <h3>Raccourcis</h3>
      <table className="help-table">
        <thead><tr><th scope="col">Touche</th><th scope="col">Action</th></tr></thead>
        <tbody>
          {SHORTCUTS.map(([k, a]) => (
            <tr key={`${k} ${a}`}><th scope="row"><kbd>{k}</kbd></th><td>{a}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>Ordre de saisie</h3>
      <dl className="help-order">
        {ORDER.map(([screen, text]) => (
          <div key={screen}><dt>{screen}</dt><dd>{text}</dd></div>
        ))}
      </dl>
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onClose}>Fermer</button>
      </div>
    </Dialog>
  );
}
