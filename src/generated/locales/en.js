
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'sddc0ec9daaa6a36c': str`Ligne ${0}, colonne « ${1} »`,
'sba90de8b4df0f7e4': str`Ligne ${0}`,
's803cf8c18c989d2a': `Racine du fichier`,
'sb7bc27bf34a24dc8': str`on attendait un nombre entre ${0} et ${1}, reçu ${2}`,
's8c9ade72b6bb81ad': ` ou `,
's6874aec4d77ab49b': str`on attendait ${0}, reçu ${1}`,
's60f91b00c2b87cc5': str`nombre hors limites : ${0}`,
'sec010694d94d3130': str`on attendait l'une des valeurs ${0}, reçu ${1}`,
's3ffd15ac2437e411': str`le champ obligatoire « ${0} » manque`,
's5a8c961798b1ba08': str`champ inconnu « ${0} » (vérifiez son orthographe)`,
'sc2161a7b2e30be26': `valeur vide`,
'sde458cf5741da098': str`au moins ${0} élément(s) attendu(s)`,
'sfd295e5cca6aa37c': str`l'identifiant « ${0} » est déjà utilisé par un autre enregistrement`,
's661638fa8177a99a': str`aucune institution n'a l'identifiant « ${0} »`,
'sdb5620a4c3775605': str`aucun partenariat valide n'a l'identifiant « ${0} »`,
'sa8c076073d679366': str`le document « ${0} » n'est pas dans la liste des documents`,
's31a985e925c6dcad': str`l'institution « ${0} » n'est pas celle du partenariat (« ${1} »)`,
's1f2fafd2d410bd49': str`date impossible ou période qui finit avant de commencer : ${0}`,
's2781297f5e816a17': str`colonne inconnue « ${0} », ignorée (vérifiez son orthographe)`,
's649433259779748a': str`type de ligne inconnu ${0} (institution, partnership ou event), ligne ignorée`,
's801a2ebdf396163b': `1 enregistrement a été écarté car il contient une erreur ; les autres sont affichés.`,
's3869d18dcd89a743': str`${0} enregistrements ont été écartés car ils contiennent des erreurs ; les autres sont affichés.`,
's652e32107854829c': `Certaines colonnes ou valeurs du fichier ont été ignorées.`,
'sfa3f4b49a1a5f654': `Le fichier ne contient pas des données de coopération dans le format attendu.`,
'se3359f278e1d6686': str`Le fichier de données est introuvable (erreur 404) : ${0}`,
's1b2e465ce358d3c1': str`Le serveur a répondu par une erreur ${0} en envoyant le fichier de données : ${1}`,
's8ebbf9ce6e80d1e1': str`Le fichier de données n'a pas pu être chargé (réseau indisponible ou adresse refusée) : ${0}`,
'sa1fdf09b85ba726b': str`Le fichier de données n'a pas répondu en ${0} secondes : ${1}`,
's7898cc9fae212764': `Le fichier reçu est une page web (HTML), pas des données JSON ou CSV : vérifiez l'adresse dans l'attribut src.`,
'saa00e88f9f31abcf': `Le fichier de données est vide.`,
'sbbe7fcf615f06bb8': str`Le fichier n'est pas du JSON valide (${0}).`,
's8ca904e599992449': `Le fichier n'est ni du JSON ni du CSV.`,
'sa14664b8286784cd': `un identifiant en minuscules, chiffres et tirets (par exemple « angers-tlemcen »)`,
's28cf2c470682f0d3': `un code de langue comme « fr », « en » ou « ar »`,
'sd53d347b5e986feb': `une date comme 2017, 2017-05, 2017-05-26 ou 198X`,
'se8ef294c45a24f40': `un code pays ISO de deux lettres majuscules (par exemple « ML » pour le Mali)`,
's03779f694584d365': `une adresse commençant par http:// ou https://`,
's86afdc09b1df4f38': `un texte`,
'sa258e5ffd5f640ab': `un nombre`,
's9785259c90e0cc6e': `un nombre entier`,
's4c5c0cb465611a9e': `vrai ou faux (true/false)`,
'sb91125ee85424dfa': `un objet`,
'sfabf4f77c410d82e': `une liste`,
's32ec2e5621f331a3': `null (valeur inconnue)`,
'sb23d451ff8869e97': `rien`,
    };
  