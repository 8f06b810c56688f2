/**
 * The WGA wijzer on /regels-en-rollen/wga-uitkering/. Every text is rendered
 * into the page's HTML at build time; the script only shows and hides them.
 * Placeholders: {p} a percentage from src/data/amounts.ts.
 */
export const wga = {
  heading: 'Welke uitkering past bij jou?',
  intro: 'Beantwoord drie vragen. Je ziet dan welke fase voor jou geldt, en waarom. Je antwoorden blijven op dit apparaat en worden niet bewaard.',
  unknown: 'Weet ik nog niet',
  questions: {
    wekeneis: {
      legend: '1. Werkte je minstens {gewerkt} van de {periode} voordat je ziek werd?',
      hint: 'Dat heet de wekeneis. Je loonstroken of UWV kunnen het laten zien.',
      options: [
        { value: 'ja', label: 'Ja' },
        { value: 'nee', label: 'Nee' },
      ],
    },
    klasse: {
      legend: '2. Hoe arbeidsongeschikt ben je volgens UWV?',
      hint: 'Dat staat in het besluit van UWV. Heb je het nog niet? Kies dan wat je verwacht, of ‘weet ik nog niet’.',
      options: [
        { value: 'onder35', label: 'Minder dan 35%' },
        { value: '35-45', label: '35 tot 45%' },
        { value: '45-55', label: '45 tot 55%' },
        { value: '55-65', label: '55 tot 65%' },
        { value: '65-80', label: '65 tot 80%' },
        { value: '80', label: '80% of meer, maar niet blijvend' },
        { value: 'iva', label: '80% of meer, en blijvend' },
      ],
    },
    verdienen: {
      legend: '3. Verdien je straks minstens de helft van je restverdiencapaciteit?',
      hint: 'Je restverdiencapaciteit is wat je volgens UWV nog kunt verdienen.',
      options: [
        { value: 'ja', label: 'Ja, minstens de helft' },
        { value: 'nee', label: 'Nee, minder of niets' },
      ],
    },
  },
  submit: 'Laat zien wat voor mij geldt',
  resultHeading: 'Wat voor jou geldt',
  results: {
    geen: 'Je krijgt geen WIA-uitkering. Waarom: je bent minder dan 35% arbeidsongeschikt. Je contract loopt door. Stopt het later? Dan kun je misschien WW krijgen.',
    iva: 'Je krijgt een IVA-uitkering: {p} van je dagloon, tot een maximum. Waarom: je kunt niet werken, en dat is blijvend. De IVA kent geen fasen.',
    klasseOnbekend: 'Hoe arbeidsongeschikt je bent, bepaalt UWV. Daarom zie je hieronder wat in het algemeen geldt.',
    lguJa: 'Eerst: de loongerelateerde uitkering. Waarom: je voldoet aan de wekeneis. Je krijgt {p} van het verschil tussen je oude loon, tot een maximum, en wat je nu verdient. Na twee maanden wordt dat {p2}. Dit duurt drie maanden tot twee jaar.',
    lguNee: 'Je krijgt geen loongerelateerde uitkering. Waarom: je voldoet niet aan de wekeneis. Je begint meteen met de volgende fase.',
    lguOnbekend: 'Misschien krijg je eerst een loongerelateerde uitkering. Dat hangt af van de wekeneis. Vraag UWV of je daaraan voldoet.',
    loonaanvulling: 'Daarna: loonaanvulling. Waarom: je verdient minstens de helft van je restverdiencapaciteit. Je krijgt {p} van het verschil tussen je oude loon en je restverdiencapaciteit. Je eigen loon komt erbij.',
    vervolg: 'Daarna: de vervolguitkering, {p} van het minimumloon, of van je oude loon als dat lager was. Waarom: je verdient minder dan de helft van je restverdiencapaciteit. Dit is vaak veel minder dan je oude loon.',
    vervolgAlgemeen: 'Daarna: de vervolguitkering, een deel van het minimumloon. Waarom: je verdient minder dan de helft van je restverdiencapaciteit. Hoe groot dat deel is, hangt af van hoe arbeidsongeschikt je bent.',
    volledig: 'Daarna: loonaanvulling, {p} van het verschil tussen je oude loon, tot een maximum, en wat je nu verdient. Je hoeft daarvoor niets te verdienen. Waarom: je kunt nu helemaal niet werken, maar dat is misschien niet blijvend.',
    fase2Onbekend: 'Daarna telt wat je verdient. Minstens de helft van je restverdiencapaciteit? Dan krijg je loonaanvulling. Minder of niets? Dan krijg je een vervolguitkering, een deel van het minimumloon.',
    altijd: 'Dit is een uitleg, geen besluit. UWV rekent jouw bedragen precies voor je uit.',
  },
};
