import type { Category } from './categories';
import type { WordRole } from './word-roles';

/**
 * Phrase vocabulary, French first, then English, with a few German/Spanish words seen on European forms.
 * Phrases are written already normalised (lower case, no accents, punctuation → space).
 * A trailing `*` on a word matches any word starting with it. When phrases overlap, the longest one
 * starting leftmost wins, so `code postal` beats `code` and `nombre d enfants` beats `nombre de`.
 * Weights: 1 ordinary, 2 decisive (negative words must outweigh the personal word they sit next to).
 * A role, when a line has one, says what its words tell beyond their category (word-roles.ts).
 */
export type VocabularyEntry = readonly [Category, number, string, WordRole?];

/**
 * "Nom du conjoint", "Date de naissance de l'enfant", name="prenomEnfant": a family member's name or birth date is
 * still a name or a birth date, not the family situation that `conjoint`/`enfant` alone point to (or the number that
 * `allocataire` names). Only relatives that are vocabulary words need a phrase: "Nom du père" is `nom` anyway.
 */
const RELATIVES =
  'conjoint*,du conjoint*,de votre conjoint*,enfant*,de l enfant*,de votre enfant*,des enfants,d un enfant,' +
  'du partenaire,de votre partenaire,du concubin*,de l allocataire';
const ofRelatives = (heads: string): string =>
  heads.split(',').flatMap((head) => RELATIVES.split(',').map((relative) => `${head} ${relative}`)).join(',');

export const VOCABULARY: readonly VocabularyEntry[] = [
  ['identity_name', 1,
    'nom,prenom*,nom de famille,nom d usage,nom marital,nom de naissance,nom naissance,' +
    'first name,firstname,last name,lastname,surname,middle name,middle initial,' +
    'full name,fullname,your name,fname,lname,f name,l name,forename,maiden name,second name,vorname,nachname,' +
    'apellido*,cognome,nome,patronym*,birth name,legal name,family name,given name'],
  ['identity_name', 1, ofRelatives('nom,prenom*,nom de naissance,nom d usage,nom de famille')],
  // `name.first`, `traits.name.last`: JSON-style names put the part after « name »; a contact person is named
  ['identity_name', 1,
    'name first,name last,name given,name family,name middle,' +
    'contact person,contact name,personne a contacter,personne de contact,nom du contact,nom de la personne a contacter,' +
    // « Nom (et prénom) ou raison sociale du bailleur »: a landlord may be a person
    'ou raison sociale,ou denomination,' +
    // the holder of a subscription or a line is named, not a card holder
    'titulaire de l abonnement,titulaire de la ligne'],
  // the landlord's or the former occupant's name: « propriétaire », « occupant » alone are the person's housing status
  ['identity_name', 2,
    'nom du proprietaire,nom du bailleur,nom de votre proprietaire,nom de votre bailleur,nom de l ancien occupant,' +
    'nom du precedent occupant,nom du referent,nom de la referente,nom de votre referent,nom de votre referente,' +
    // the occupant, the host, the social worker, the notary: named, whatever their words say of housing or work
    'nom de l occupant,prenom de l occupant,nom occupant,prenom occupant,nom de la personne qui vous heberge,nom de l hebergeant,' +
    'nom hebergeant,nom du travailleur social,nom de votre travailleur social,nom de l assistante sociale,' +
    'nom de votre assistante sociale,nom de l assistant social,nom du notaire'],
  ['birth', 1, ofRelatives('date de naissance,lieu de naissance,pays de naissance,commune de naissance,ville de naissance,naissance')],
  // "name" alone is weak: `edit-name`, `txtName`, `MemberName` are often the login
  ['identity_name', 0.6, 'name,names,noms,given,family'],
  ['birth', 1,
    'naissance,date de naissance,ne le,nee le,ne e,birth*,dob,bday,birthday,' +
    'lieu de naissance,pays de naissance,commune de naissance,ville de naissance,departement de naissance,naiss,nais,lieunais,dnais,dtnais,datnais,dnaiss,' +
    'country of birth,geburt*,nacimiento,fecha de nacimiento,nascita,anniversaire'],
  ['birth', 0.5, 'jour,mois,annee,day,month,year,jj,aaaa,yyyy,dd,born', 'date-part'],
  // a whole date format is a date, not the card expiry that its month-year tail (`mm aaaa`) would read as
  ['birth', 0.5, 'jj mm aaaa,jj mm aa,dd mm yyyy,dd mm yy,mm dd yyyy,mm dd yy,aaaa mm jj,yyyy mm dd', 'date-part'],
  ['email', 1,
    'email*,e mail*,mail,courriel,adresse mail,adresse e mail,adresse electronique,adresse courriel,' +
    'email address,mail address,correo,mel,e post,business email,company email,work email'],
  // a spreadsheet or table cell as often
  ['phone', 0.6, 'cell'],
  ['phone', 1,
    'telephone*,tel,phone*,mobile*,portable,cellulaire,cellphone,gsm,fax,' +
    'contact number,' +
    'telefon*,telefono,handy,movil,indicatif,dial code,dialing code,calling code,country calling code,area code,' +
    'phone code,landline,msisdn,sms number,ligne fixe,numero de ligne,numero fixe,ligne telephonique'],
  // « Mobile à joindre le jour du rendez-vous », « Téléphone (poste ou portable) »: a number to call, whatever
  // else the label names
  ['phone', 2, 'a joindre,pour vous joindre,vous joindre,joignable,poste ou portable,numero de poste'],
  // the card holder's address is an address: « Card owner street » must not be read as the card
  ['postal_address', 1,
    'cardholder address,card holder address,card owner address,card holder street,card owner street,' +
    'card holder city,card owner city,card holder state,card owner state,card holder zip*,card owner zip*,' +
    'card holder country,card owner country,adresse du titulaire,adresse du titulaire de la carte'],
  ['postal_address', 1,
    'adresse*,address*,addr,adr,rue,street*,voie,libelle de la voie,nom de la voie,nom de rue,nom de la rue,' +
    'complement,batiment,bat,escalier,etage,appartement,apt,apartment,suite,lieu dit,' +
    'boite postale,cedex,code postal,cp,postal code,postal,postcode,post code,zip*,plz,postleitzahl,' +
    'ville,commune,city,town,localite,locality,ort,stadt,wohnort,pays,country,land,region,state,province,' +
    'departement,county,house number,hausnummer,strasse,calle,ciudad,provincia,codigo postal,cap,' +
    'line 1,line 2,line 3,address line,suburb,district,quartier,bundesland,residence,' +
    'adresse du logement,adresse du logement assure,adresse du bien,' +
    'post box,postbox,po box,p o box,indice de repetition,repetition,bis ter,chez,digicode,interphone,immeuble'],
  ['national_id', 1,
    'nir,secu,nss,numero insee,assure social,' +
    'numero d inscription au repertoire,carte vitale,' +
    'social security,ssn,social insurance,tin,tax id,taxpayer*,tax payer id,tax number,tax identification,' +
    'numero d identification fiscale,spi,' +
    'allocataire,numero caf,numero msa,matricule msa,' +
    'passport*,passeport,carte d identite,carte nationale d identite,cni,' +
    'id card,identity card,national id,national identity,identity number,numero d identite,' +
    'titre de sejour,carte de sejour,carte de resident,titre de voyage,residence permit,numero etranger,agdref,visa number,numero du visa,' +
    'permis de conduire,numero de permis,numero du permis,driving licence,driving license,driver license,drivers license,' +
    'driver s license,licence number,license number,personalausweis,dni,nie,steuer*,ahv,' +
    'numero d immatriculation,numero d identifiant,numero unique,' +
    'numero de la piece,numero de piece,numero du document,numero de document,' +
    'titre d identite,titres d identite,piece d identite,ancien titre,titre actuel,delivrance,delivre le,delivree le,' +
    'identifiant national*,numero national d electeur,numero d electeur'],
  // the login of the CAF/MSA, impots.gouv, ameli or France Travail is this number: explicit enough to stay a
  // national number in a login form
  ['national_id', 1.5,
    'numero allocataire,numero d allocataire,securite sociale,numero fiscal,ine,' +
    'numero fiscal de reference,identifiant fiscal,identifiant france travail,identifiant pole emploi,' +
    'numero pole emploi,numero france travail,neph,identifiant demandeur d emploi,identifiant de demandeur d emploi,' +
    'numero de demandeur d emploi,numero d assurance maladie,numero pajemploi,' +
    // the tax notice's reference goes with the numéro fiscal to open the taxpayer's account: it names the taxpayer
    // (and must outweigh a `reference` in the box's name)
    'reference de l avis,reference de votre avis,reference avis,ref avis'],
  // an identity document's end of validity, not a card's
  ['national_id', 2, 'expiration du document,date d expiration du document,expiration de la piece,date d expiration de la piece,validite du document'],
  // "ID number" is as often a student, member or customer number
  ['national_id', 0.6, 'id number'],
  ['bank', 1,
    'bic,swift,code bic,numero de compte,account number,acct,' +
    'routing number,sort code,code banque,code guichet,cle rib,domiciliation,' +
    'nom du titulaire,titulaire,holder,cardholder*,name on card,nom sur la carte,' +
    'card name,card,carte,credit card,debit card,cardnumber,' +
    'cc,ccnum,ccnumber,ccname,cc name,cid,crypto,card code,' +
    'exp,gultig*,kredit*,karte*,tarjeta,bankleitzahl,blz,kontonummer,kontoinhaber,' +
    'bank*,banque,bancaire,detenteur de la carte,pan,mm yy,mm aa,mmyy,mm yyyy,mm aaaa,mmyyyy,mmaa,mmaaaa,' +
    'compte a debiter,compte de prelevement,compte de versement'],
  // an IBAN is the account, whatever the words around say of the money paid into it (« IBAN du compte sur lequel
  // la prime sera versée »)
  ['bank', 2, 'iban,rib'],
  // card security codes and expiry: decisive even in a password-typed box or next to month/year words
  ['bank', 2.5, 'cvc,cvv*,csc,cvn,cvc2,cryptogramme,card verification,verification value,card security code'],
  // also the code a site sends by text message
  ['bank', 1, 'security code,code de securite'],
  ['bank', 1.5, 'expiry,expiration,expire*,exp date,expdate', 'validity-end'],
  // the end of a validity is a card's, unless the words around name an identity document (classify.ts)
  ['bank', 1.05, 'date de validite,fin de validite,date de fin de validite,valid thru,valid until,valable jusqu', 'validity-end'],
  ['credentials', 1,
    'password*,passwort,passwd,pass,pwd,pw,psw,mot de passe,mdp,passcode,passphrase,contrasena,senha,kennwort,' +
    'username,user name,user id,userid,login,login name,log in,logon,signin,sign in,identifiant,' +
    'nom d utilisateur,utilisateur,account name,' +
    'account id,benutzername,benutzer,usuario,auth*,pin,' +
    'code confidentiel,code d acces,access code,numero d acces,' +
    'reponse,answer,' +
    'numero client,customer number,client id,customer id,handle,token,secret'],
  // a box that takes either is the account identifier, whatever its example value says
  ['credentials', 2,
    'username or email,email or username,identifiant ou email,identifiant ou e mail,identifiant ou adresse*,e mail ou identifiant,' +
    'email or phone,phone or email,email or mobile,mobile or email,' +
    'email address or username,email address or user name,email or user name,e mail or username,username or e mail,' +
    'user name or email,username or email address,email username,e mail username,' +
    'email address or phone,' +
    'phone number or email,phone or email address,mobile number or email,phone email,' +
    // « N° client ou e-mail », « KrisFlyer number / Email Address »: a member number or the e-mail, i.e. the login
    'number or email,number or e mail,number or email address,number email address,' +
    'numero ou e mail,numero ou email,numero ou adresse e mail,numero ou adresse mail,numero ou adresse electronique,numero ou courriel,' +
    // « N° d'adhérent ou adresse e-mail »: whatever comes first, a box that also takes the address is the login
    'ou adresse e mail,ou adresse mail,ou adresse electronique,ou courriel,or email address,or e mail address,' +
    'sso'],
  ['credentials', 0.5, 'code,digit,user'],
  // one-time codes: specific words, and the box is often typed tel or numeric
  ['credentials', 2,
    'otp,totp,one time code,one time password,verification code,code de verification,code de validation,' +
    'validation code,confirmation code,code de confirmation,sms code,code sms,code recu,code a usage unique,' +
    'security code received,2 fa,two factor,mfa,authenticator,code d authentification'],
  ['situation', 1,
    'revenu*,ressource*,salaire*,income,salary,wage*,loyer,rent,charges,' +
    'situation,etat civil,marital,celibataire,marie,' +
    'mariee,pacse*,divorce*,veuf,veuve,concubin*,union libre,separe*,vie maritale,en couple,' +
    'enfants a charge,enfant a charge,personnes a charge,children,' +
    'dependents,dependants,statut professionnel,employment,' +
    'employeur,employer,profession,occupation,categorie socio professionnelle,activite professionnelle,' +
    'chomage,demandeur d emploi,retraite,pension*,allocation*,prestation*,rsa,apl,bourse,boursier*,indemnite*,' +
    'logement,hebergement,proprietaire,locataire,heberge,quotient familial,foyer,' +
    'nombre de parts,parts fiscales,impot*,patrimoine,epargne,dette*,' +
    'spouse,household,menage,composition du foyer,garde alternee,residence alternee,mode de residence,quartier prioritaire,qpv,' +
    'vivez,seul,seule,salarie*,etudiant,independant,sans emploi,contrat de travail,' +
    'interim,heures travaillees,remuneration,benefices,chiffre d affaires,aides,percu*,verse*,' +
    'nombre de personnes a charge,nombre de personnes vivant,nombre de personnes au foyer,vivant,' +
    'indemnites journalieres,revenu fiscal de reference,avis d imposition,avis d impot,frais reels,filiation,pere inconnu,mere inconnue,metier,metier recherche,emploi recherche,' +
    '' +
    'mariage,pacs,pacte civil de solidarite,separation,rupture de pacs,deces,veuvage,naissance ou adoption,adoption,' +
    'parente,lien familial,lien de filiation,lien avec vous,lien avec le demandeur,lien avec l allocataire,' +
    'lien avec l assure,lien avec la personne,' +
    'niveau de formation,niveau d etudes,niveau d etude,niveau scolaire,diplome*,en formation,formation professionnelle,' +
    'dernier contrat,fin de contrat,date d embauche,dernier emploi,travaill*,' +
    'emmenag*,date du demenagement,date de demenagement,date de votre demenagement,depuis le,occupant*,cessation d activite,conge parental,credit en cours,credits en cours,socioprofessionnel*,france travail,pole emploi,activite exercee,activite actuelle,exercez vous,votre statut,ton statut,raison sociale de l employeur,' +
    // a legal protection measure; the home a housing aid or an insurance asks about
    'mesure de protection,tutelle,curatelle,sauvegarde de justice,habilitation familiale,mandataire judiciaire,' +
    'colocation,colocataire*,nombre de colocataires,' +
    // a politically exposed person (banks must ask): « fonction » here is no job title
    'fonction politique,fonctions politiques,politiquement expose*,personne politiquement exposee,ppe,' +
    'nombre de personnes du menage,nombre de personnes composant le menage,nombre de personnes composant le foyer,' +
    'nombre de personnes dans le logement,nombre de personnes dans le foyer,nombre d occupants,' +
    'unites de consommation,nombre d uc,nombre d unites de consommation,surface habitable,nombre de pieces,biens immobiliers,biens mobiliers,logement meuble,loue meuble'],
  // a relative: « Téléphone du conjoint », « Sexe de l'enfant » are a phone and a sex, the relative only their owner
  // (a column headed « Conjoint » holds the spouse's boxes: classify.ts)
  ['situation', 0.9, 'enfant*,conjoint*,partenaire,' +
    // the answers of « Vous êtes … » (the person the act or the aid concerns)
    'son pere,sa mere,son fils,sa fille,son epoux,son epouse,votre pere,votre mere,votre fils,votre fille,' +
    // the employee a household declares (« N° de sécurité sociale du salarié »)
    'du salarie,de votre salarie,votre salarie,le salarie que vous employez,salarie que vous employez,' +
    'la mere,le pere,le tuteur,la tutrice', 'relative'],
  // the date of a family event names its box, whatever day/month/year words its parts carry
  ['situation', 2,
    'date de mariage,date du mariage,date du pacs,date de pacs,date de separation,date du divorce,date de divorce,' +
    'date du deces,date de deces'],
  // Words of the procedures' own questionnaires (household, work, schooling, means of living) that name a fact of
  // the person's life: the marriage contract, the driving licence held (not its number), the work sought and its
  // terms, the household's make-up, the digital equipment a France Services diagnostic asks about, the arrival in
  // France, where the money comes from, schooling, benefits, debts.
  ['situation', 1,
    'regime matrimonial,contrat de mariage,regime des biens,separation de biens,separation des patrimoines,' +
    'composition du groupe,composition familiale,composition de la famille,composition du menage,' +
    'pretentions salariales,salarial*,salaire souhaite,remuneration souhaitee,anciennete,secteur d activite,' +
    'temps de travail,temps partiel,temps plein,quotite de travail,type de contrat de travail,' +
    'regime obligatoire,regime d assurance maladie,' +
    'scolarite,scolaris*,etablissement scolaire,etablissement frequente,classe frequentee,' +
    'ordinateur,smartphone,tablette,connexion internet,acces a internet,acces internet,equipement numerique,' +
    'equipement informatique,materiel informatique,aisance avec le numerique,usage du numerique,' +
    'vehicule personnel,voiture personnelle,moyen de locomotion,mode de deplacement,vous deplacez,te deplaces,' +
    'bonus malus,coefficient bonus malus,' +
    'heritage,succession,donation recue,donations recues,origine des fonds,provenance des fonds,' +
    'entree en france,arrivee en france,niveau de langue,niveau de francais,' +
    'que faites vous,ce que tu fais,que fais tu,activite principale,lien avec,' +
    'nombre de freres,nombre de freres et soeurs,freres et soeurs,fratrie,distance entre le domicile,' +
    'dispose d un vehicule,disposez vous d un vehicule,avez vous un vehicule,possedez vous un vehicule,' +
    'votre activite,ton activite,debut d activite,debut de l activite,nature de l activite,nature de votre activite,' +
    'service militaire,service national,disponible,disponible a partir,date de disponibilite,disponibilite,' +
    'complement de libre choix,mode de garde,cmg,paje,rupture familiale,trimestres valides,releve de carriere,' +
    'duree hebdomadaire,heures par semaine,reste a charge,reste a votre charge,aide de ta famille,aide de vos parents,' +
    'annee d etudes,annee d etude,surendettement,retard de paiement,retards de paiement,impayes,' +
    'reprise d emploi,date de reprise d emploi,reprise d activite,en poste,en poste depuis,micro entreprise,' +
    'microentreprise,auto entrepreneur,autoentrepreneur,activite non salariee,travailleur independant,' +
    'niveau a la rentree,classe a la rentree,petite section,moyenne section,grande section,type de location,' +
    'location meublee,location vide,stagiaire,alternant*,apprenti*,' +
    'intermittent*,fonctionnaire,agent public,caces,certiphyto,habilitations,date d installation dans le pays,' +
    'installation dans le pays,apa,' +
    'code de la route,examen du code,assr,asr,regime prevu,demi pensionnaire,internat,externat,mission locale,' +
    'aide sociale a l enfance,confie a l ase,confie e a l ase,commandement de payer,procedure d expulsion,expulsion,' +
    'origine de vos difficultes,origine des difficultes,' +
    'ecole frequentee,ecole de l enfant,ecole de rattachement,relation avec,votre relation,' +
    'complementaire sante solidaire,c2s,cmu c'],
  // the employer is the person's employment, even in a box a site marks autocomplete="organization" (a company's name)
  ['situation', 3, 'nom de l employeur,nom de votre employeur,nom de ton employeur,qui vous emploie,qui t emploie,' +
    'entreprise qui vous emploie,entreprise qui t emploie,nom de l entreprise qui vous emploie,nom de l entreprise qui t emploie'],
  // the class and the school a pupil is in now (« Classe actuelle », « Ton lycée ou ton CFA »): their schooling
  ['situation', 1, 'classe actuelle,ta classe,votre classe,sa classe,classe en,ecole ou college,ton lycee,votre lycee,' +
    'ton college,votre college,ton cfa,ton ecole'],
  // the training the person follows is their situation, as a job is (« organisme » alone names no one)
  ['situation', 2, 'organisme de formation,intitule de la formation,intitule de ta formation,intitule de votre formation,' +
    'formation suivie,institut de formation,centre de formation,date d entree en formation,debut de la formation,' +
    'date de debut de la formation,fin de la formation,date de fin de la formation,formation dans laquelle'],
  // « poste » alone is a job title (none); the last one held is the person's employment
  ['situation', 2, 'poste recherche,dossier de surendettement,dernier poste,poste occupe,dernier poste occupe,poste actuel,recherche d emploi,' +
    'a la recherche d un emploi,recherche d un emploi,allocation personnalisee d autonomie,' +
    // a work contract's kind says the person's employment, even as a select's options (four sets: « Type de
    // contrat » over CDI / CDD / Intérim)
    'cdi,cdd,demandeuse d emploi,plusieurs employeurs,mes employeurs,vos employeurs,' +
    // the Banque de France's file of repayment incidents
    'ficp,fichier des incidents,mensualites de vos credits'],
  // a count of children is the household's, even of disabled children (« Nombre d'enfants mineurs ou handicapés à
  // charge »); the children a pregnancy expects are health
  ['situation', 2, 'nombre d enfants'],
  // days of total incapacity for work, counted: the count is the injury's (« nombre de jours d'ITT »)
  ['health', 2, 'itt,jours d itt'],
  ['health', 2, 'nombre d enfants attendus'],
  // an amount alone is as often what a purchase, a fine or a claim costs: the words around it say whose money it is
  ['situation', 0.4, 'montant,montants'],
  // a household's adults (« nombre d'adultes » alone is a booking's guests)
  ['situation', 2.5, 'nombre d adultes dans le logement,nombre d adultes au foyer,nombre d adultes du foyer,nombre d adultes du menage'],
  // « Titulaire du permis », « de l'autorité parentale » must outweigh the card holder's « titulaire »
  ['situation', 2, 'autorite parentale,titulaire de l autorite parentale,titulaire du permis,titulaire d un permis,permis b,permis a,permis c,permis poids lourd'],
  ['health', 1,
    'handicap*,invalidite,taux d invalidite,taux d incapacite,incapacite,maladie*,malade,pathologie*,' +
    'medecin,docteur,doctor,physician,grossesse,enceinte,pregnan*,accouchement,' +
    'sante,health,medical,medicale,medicaux,traitement*,allergi*,allergy,disability,disabled,illness,mdph,aah,' +
    'affection longue duree,ald,hospitalis*,hopital,blessure*,blesse,blessee,blesses,blessees,' +
    'certificat medical,soins,rqth,lesion*,partie du corps,' +
    'carte mobilite inclusion,cmi,groupe sanguin,blood,vaccin*,symptome*,arret,' +
    'accident du travail,' +
    // a doctor approved by the prefecture examines drivers; a job adjusted to a disability
    'medecin agree,medecin agreee,medecins agrees,examen psychotechnique,lentilles de contact,dernieres regles,' +
    'amenagement de poste,amenagement du poste,amenagements de poste,' +
    'deficience*,autonomie,perte d autonomie,gir,vie quotidienne,besoin d aide,' +
    'douleur*,palpitation*,essoufflement,malaise*,perte de connaissance,evanoui*,vertige*,mal a la poitrine,mal au coeur,' +
    'tete qui tourne,perte auditive,hba1c,glycemie,oublis,troubles de la memoire,perte de memoire,jumeaux,maternite,sage femme,rpps,professionnel de sante,' +
    // care, sight and hearing, prescriptions: what a medical appointment, a pharmacy order or a
    // disability file asks
    'auxiliaire de vie,aide humaine,aide technique,aide a domicile,appareillage,prothese*,' +
    'malvoyant*,malentendant*,deficient visuel,deficient auditif,auditi*,' +
    'ordonnance*,prescription*,prescripteur,contre indication*,infirmi*,kinesitherap*,orthophon*,dentiste,' +
    'psychologue,psychologique,addiction*,enfants attendus,enfant attendu,en fauteuil,' +
    'premiere consultation,motif de la consultation,motif de votre consultation,specialiste,' +
    'difficultes pour,avez vous des difficultes,faire votre toilette,vous habiller,vous faire comprendre,' +
    'oeil,oeil droit,oeil gauche,sphere,cylindre,ecart pupillaire,dioptrie*,acuite visuelle,verres progressifs,' +
    'fume,fumeur,fumeuse,tabac,cigarette*,fauteuil,type de fauteuil,immobilise*,monter les marches,chien d assistance,' +
    'chien guide,derniere dose,sport a risque,sports a risque,' +
    'preparer vos repas,chute,chutes,deja chute,deambulateur,se deplace difficilement,me deplace difficilement,' +
    'paludisme,tatouage,piercing,medicales,deja consulte,nouveau patient,amenagement,amenagements,hematolog*,cardiolog*,neurolog*,oncolog*,cancer*,pneumolog*,dermatolog*,gynecolog*,pediatre,ophtalmolog*,' +
    'rhumatolog*,endocrinolog*,diabet*,gastro enterolog*,nephrolog*,urolog*,' +
    'pai,projet d accueil individualise,prenatal*,examen prenatal,fauteuil roulant,mobilite reduite,pmr,dependance,trouble*,pch,medicament*,therap*,psychiatr*,praticien*,motif de consultation,antecedent*,conge maternite,conge de maternite'],
  // "Une personne du ménage est-elle en situation de handicap ?": the handicap, not the household
  ['health', 2, 'situation de handicap,besoin d un amenagement,pathologie,pathologies,diagnostic'],
  ['other_personal', 1,
    'sexe,sex,gender,genre,civilite,title,salutation,anrede,madame,monsieur,mme,mr,mrs,ms,miss,' +
    'homme,femme,male,female,masculin,feminin,couleur des yeux,yeux,nationalite,nationality,citizenship,citoyennete,taille,height,poids,weight,' +
    'age,religion,ethnicity,ethnic*,race,pays d origine,origine ethnique,langue maternelle,geschlecht,sexo,' +
    'decrivez,expliquez,describe your situation,precisions sur votre situation,' +
    'racontez nous,racontez,ce qui s est passe,' +
    'presentez votre famille,presentez votre foyer,pesez vous,votre poids,' +
    'sans porc,sans viande,vegetarien*,halal,casher,kasher,exposez,exposez brievement,expose des faits,' +
    'citoyen,citoyenne,citoyen ne,us person,lettre de motivation,' +
    'refugie*,protection subsidiaire,ressortissant*,apatride,garcon,un garcon,une fille,' +
    'droit au sejour,situation au regard du sejour,regularite du sejour,langue parlee,langues parlees,' +
    'expression de vos attentes,vos attentes,attentes,projet de vie,projet professionnel,condamnation*,vous etes francais*,etes vous francais*,regime alimentaire'],
  // a description of one's own situation: it must outweigh a « message » or « commentaire » box name
  ['other_personal', 2, 'titulaire d un titre de sejour,precisez votre situation,decrivez votre situation,expliquez votre situation,votre situation en quelques mots,' +
    'presentez vous,parlez nous de vous,parle nous de toi,presente toi'],
  // the circumstances of a card's loss are no description of one's life
  ['other_personal', 0.5, 'circonstances'],
  // the languages of a home: they must outweigh a site's « language » setting words in the box's name
  ['other_personal', 2, 'langue s parlee s,langue parlee a la maison,langues parlees a la maison,langue s parlee s a la maison,' +
    'langue que vous parlez,langues que vous parlez,langue s que vous parlez,langue que tu parles,langues que tu parles,' +
    'languages you speak,language you speak,languages spoken'],
  // a pet's name, breed, sex, birth date and vaccines are nobody's personal data (a dangerous dog's declaration, a vet)
  ['none', 4, 'du chien,le chien,votre chien,votre animal,de l animal,mon animal,son animal,animal de compagnie'],
  // (a dog named in passing, « accès, stationnement, chien… », says less; its owner is a person)
  ['none', 1, 'chien,chienne'],
  ['none', 0.1, 'proprietaire du chien,detenteur du chien,proprietaire de l animal,proprietaire de votre animal'],
  // decoys and honeypots: whatever else the field says, nobody should type there
  ['none', 6, 'fake,honeypot,honey pot,leave blank,leave this field blank,leave empty,do not fill,not used,notused,prevent'],
  // the question is not secret, its answer is (credentials); a vehicle document is not about the person
  // weak: a label saying "username" or "login" must outvote a nickname-ish identifier or a length hint
  ['none', 1,
    'security question,question secrete,carte grise,dossier,' +
    'pseudo,pseudonyme,nickname,screen name,display name,characters,caracteres,business,recopiez,libelle,photo'],
  // Phrases holding a negative word without its meaning, nearly weightless: they only keep the word from counting.
  // « Courriel (pour le suivi de la demande) » (no tracking number), « Faites-vous l'objet d'une mesure de
  // protection ? », « Pour vous contacter au sujet de votre demande » (no message's object or subject)
  ['none', 0.1,
    'suivi de la demande,suivi de votre demande,suivi de votre dossier,suivi du dossier,' +
    'fait l objet,faites l objet,fait il l objet,fait elle l objet,faites vous l objet,ont fait l objet,' +
    'au sujet de,au sujet d,au sujet du,au sujet des,' +
    // « Reste à votre charge par mois »: an amount per month, not a month of birth
    'par mois,par an,par semaine,' +
    // a room or a slot « si disponible » is no person's availability for work
    'si disponible,selon disponibilite,sous reserve de disponibilite,' +
    // `ddlCimetiere` holds no « métier »; a CV « à jour » no day of birth
    'cimetiere,a jour,mis a jour,mise a jour,' +
    // « Tel qu'indiqué sur la facture »: « tel » as « such as » is no phone
    'tel que,tel qu,telle que,telle qu,tels que,telles que,' +
    // the processing of a request or of one's data is no medical treatment
    'delai de traitement,utiles au traitement,traitement de votre demande,traitement de ma demande,traitement de la demande,' +
    'traitement de votre dossier,traitement du dossier,traitement de mes donnees,traitement de vos donnees,traitement des donnees,' +
    // where a child lives, answered « Chez moi » / « Chez l'autre parent »: no « chez » of an address's c/o line
    'chez moi,chez l autre parent,' +
    // « Votre permis a été : annulé / suspendu »: the verb, no motorcycle licence (« permis A »)
    'permis a ete,permis a expire,' +
    // « en une seule fois », « un seul numéro », « qu'un seul d'entre nous »: a single one, nobody living alone
    'une seule,un seul,qu un seul,qu une seule,seul un,seule une'],
  // a member number is the login when it sits before the only password (classify.ts)
  ['none', 1.5, 'membership,member number,loyalty,fidelite,carte de fidelite,numero d adherent,tiers payant,carte de tiers payant,matricule salarie,matricule employe,' +
    'numero de locataire,numero locataire', 'member-number'],
  // which insurer covers the person names an organisation, not their health (four blind authors); « Nom de votre
  // mutuelle » is with the decisive negatives, to outweigh « nom »
  ['none', 1, 'mutuelle,complementaire sante'],
  ['none', 2,
    'search,recherche,rechercher,chercher,query,keyword*,mot cle,mots cles,filter,filtre*,trier,sort,' +
    'quantite,quantity,qty,qte,nombre de,nombre d articles,' +
    'nombre d adultes,number of,how many,' +
    'promo*,code promo,code promotionnel,coupon*,voucher,bon de reduction,code de reduction,discount,reduction,' +
    'gift*,gift card,carte cadeau,cheque cadeau,' +
    'captcha*,recaptcha,code affiche,code ci dessus,code de l image,caracteres de l image,security check,text you see,text you hear,letters shown,visual verification,type the characters,type the text,anti spam,antispam,honey,' +
    'company,company name,societe,nom de la societe,entreprise,nom de l entreprise,raison sociale,' +
    'organisation,organization,organisme,business name,job title,fonction,intitule du poste,poste,' +
    'website,site web,site internet,url,web address,ip address,subject,objet,sujet,newsletter*,subscribe,' +
    'remember*,se souvenir,rester connecte,accept*,conditions,cgu,terms,agree,optin,opt in,' +
    'lang,langue,language,currency,devise,timezone,time zone,fuseau horaire,phone type,type de telephone,destination,departure,arrival,arrivee,depart,check in,check out,' +
    'guests,voyageurs,adults,rooms,size,couleur,color,colour,comments,commentaire*,message,question,' +
    'nom du fichier,file name,filename,upload,piece jointe,nombre de pieces jointes,justificatif,product,produit,reference,' +
    'numero de commande,order number,reservation number,numero de reservation,booking reference,tracking,rendez vous,creneau,dates,' +
    'amount to donate,tip,pourboire,note,rating,review,feedback,cherchez,' +
    'parrainage,code parrainage,code de parrainage,code parrain,parrain*,j autorise,titre de transport,' +
    'jour de prelevement,date de prelevement,adresse ip,montant a payer,montant a regler,montant du don,' +
    // the amount of this purchase, loan, gift or transfer: not what the person earns or receives
    'montant souhaite,montant du pret,montant du credit,montant emprunte,autre montant,montant de l operation,' +
    'montant de la transaction,montant de l achat,montant du virement,montant de la commande,' +
    // what happened, where and when (an offence, a theft): not the person's own address or birth date
    'infraction*,date des faits,lieu des faits,commune des faits,heure des faits,' +
    // a rail or discount card number is no bank card
    'carte avantage,numero de carte avantage,carte de reduction,numero de carte de reduction,discount card,discount card number,' +
    'carte lecteur,carte de lecteur,carte de bibliotheque,' +
    'nom de votre mutuelle,nom de la mutuelle,nom de votre complementaire,nom de l organisme complementaire,' +
    // which kind of document, not its number
    'type de piece d identite,type de piece,type de titre,type de document,' +
    'montant ttc,montant ht,montant du devis,montant des travaux,' +
    // what a purchase, a bill or a quote cost, what was paid or is disputed: the expense, not the person's means
    'montant paye,montant total paye,montant total du devis,montant total des devis,montant total du ou des devis,' +
    'montant de la facture,montant total de la facture,montant total des frais,montant total des frais engages,' +
    'montant des frais engages,montant conteste,montant preleve,montant total preleve,' +
    // a neighbourhood nuisance is no disorder (« trouble* ») of the person; « l'arrêté du 9 février » no sick leave
    'trouble de voisinage,troubles de voisinage,trouble du voisinage,troubles du voisinage,trouble anormal de voisinage,' +
    'arrete du,arrete ministeriel,arrete prefectoral,' +
    // where an accident or a loss happened is no one's address
    'lieu de l accident,lieu precis de l accident,lieu du sinistre,lieu de l incident,' +
    // a trade or a union is named, no person: « Nom commercial », « Nom du syndicat », « Nom de votre future activité »
    'nom commercial,nom du syndicat,nom de votre future activite,nom de votre activite,nom de l activite,' +
    // the year of a notice or a purchase is no birth year; the tax concerned is no income; a switch of subscriber no
    // card holder; the name of a school or an organisation no person's name
    'annee de l avis,annee d imposition,annee des revenus,annee de revenus,annee d achat,annee de construction,' +
    'annee de mise en circulation,annee des depenses,annee de reference,annee concernee,mois declare,' +
    'ou a eu lieu,a eu lieu,lieu de la perte,lieu du vol,caisse de retraite,caisse de retraite principale,' +
    'caisse de retraite complementaire,detecteur de chute,detection de chute,impot concerne,impots concernes,type d impot,nature de l impot,changement de titulaire,' +
    'nom de l etablissement,nom de l auto ecole,nom de la structure,nom de l association,nom de l organisme,' +
    // what is asked of an aid fund, and where one would like to live: a request, not the person's situation or address
    'montant demande,montant sollicite,commune souhaitee,communes souhaitees,souhaitez vous habiter,secteur souhaite,' +
    'localisation souhaitee,quartier souhaite,' +
    // a vehicle's registration, not the NIR that the social security also calls « numéro d'immatriculation »
    'immatriculation du vehicule,numero d immatriculation du vehicule,plaque d immatriculation,' +
    // the organisation, not the person's health (« Ma caisse d'assurance maladie » gérera…)
    'caisse d assurance maladie,l assurance maladie,' +
    // which civil-status extract is asked for, a line's porting code, a sport voucher
    'extrait avec filiation,extrait sans filiation,copie integrale,extrait d acte,type d acte,code rio,rio,pass sport'],
  // « Laissez votre avis »; but « Ressources du foyer (avis N-2) » is an income; a tracking number, but « Courriel
  // (pour le suivi) » is an e-mail and « un suivi lié à un handicap » is health
  ['none', 1, 'avis,suivi'],
  // « Comment s'est terminé votre dernier contrat ? » asks how; an English « Comment » box is still a comment
  ['none', 0.5, 'comment'],
  // ticking an attestation, or what one asks for, is no data about the person, whatever words it repeats
  // (« … je m'engage à signaler tout changement de situation »)
  ['none', 3, 'je certifie,certifie sur l honneur,j atteste,atteste sur l honneur,je declare sur l honneur,' +
    'j ai pris connaissance,pris connaissance,je reconnais avoir'],
];
