"""The demo organisation: Ljungby kommun as its monthly reports describe it (data only).

Names and activities come from the municipality's monthly reports of its gender-equality
project (``shared/domain/sources``), moved to 2026 so the demo looks current.
"""

from __future__ import annotations

ORGANISATION = "Ljungby kommun"

UNITS = (
    "Kommunledningskontoret",
    "Socialförvaltningen",
    "Barn- och utbildningsnämnden",
    "Tekniska kontoret",
    "Miljö- och byggkontoret",
    "Kultur och fritid",
)

# (name, role, unit)
PEOPLE = (
    ("Åsa Lönn", "strateg", "Kommunledningskontoret"),
    ("Roland Eiman", "kommunchef", "Kommunledningskontoret"),
    ("Ewa Sigfridsson", "strateg", "Socialförvaltningen"),
    ("Ing-Marie Byström", "förvaltningschef", "Socialförvaltningen"),
    ("Carolin Stjernqvist", "strateg", "Barn- och utbildningsnämnden"),
    ("Cecilia Eklund", "strateg", "Barn- och utbildningsnämnden"),
    ("Eva-Gun Berglund", "förvaltningschef", "Barn- och utbildningsnämnden"),
    ("Per Mårtensson", "strateg", "Tekniska kontoret"),
    ("Carina Sennerby", "strateg", "Tekniska kontoret"),
    ("AnnKristin Rådberg", "förvaltningschef", "Tekniska kontoret"),
    ("Anna Aracsy", "strateg", "Miljö- och byggkontoret"),
    ("Bengt Gustavsson", "förvaltningschef", "Miljö- och byggkontoret"),
    ("Maria", "processledare", ""),
    ("Caroline", "processledare", ""),
)

# (date, kind, unit, who, text, decisions, plan, forward (what, who, due))
Entry = tuple[
    str, str, str, tuple[str, ...], str, tuple[str, ...], str, tuple[tuple[str, str, str], ...]
]

OCTOBER: tuple[Entry, ...] = (
    (
        "2026-10-07",
        "styrgrupp",
        "",
        (),
        "Styrgruppsmöte. Se minnesanteckningar.",
        (),
        "Efter möte med FoU beslutades att nästa styrgruppsmöte, 18 nov, ska handla om hur vi "
        "lägger upp uppdraget till FoU.",
        (
            (
                "Klart uppdrag till FoU om utvärderingen; först till diskussion på styrgruppen",
                "Maria",
                "2026-11-18",
            ),
            ("Kick-on för strateger", "Caroline", "2026-11-13"),
        ),
    ),
    (
        "2026-10-26",
        "möte",
        "Barn- och utbildningsnämnden",
        ("Carolin Stjernqvist", "Cecilia Eklund", "Eva-Gun Berglund"),
        "Möte Barn och utbildning. Se minnesanteckningar.",
        (),
        "Samtliga möten med förvaltningarna är nu genomförda, som en första start.",
        (),
    ),
)

NOVEMBER: tuple[Entry, ...] = (
    (
        "2026-11-01",
        "möte",
        "Kommunledningskontoret",
        ("Åsa Lönn", "Roland Eiman"),
        "Möte med Kommunledningskontorets strateg, Åsa Lönn, och kommunchefen Roland Eiman om "
        "jämställdhetsarbetet inom förvaltningen.",
        (),
        "",
        (),
    ),
    (
        "2026-11-02",
        "utbildning",
        "",
        (),
        "”Ansiktet utåt”. Utbildning i jämställt bemötande del 2.",
        (),
        "",
        (),
    ),
    (
        "2026-11-03",
        "möte",
        "Socialförvaltningen",
        ("Ewa Sigfridsson", "Ing-Marie Byström"),
        "Möte med Socialförvaltningens strateg, Ewa Sigfridsson och förvaltningschef Ing-Marie "
        "Byström om jämställdhetsarbetet inom förvaltningen.",
        (),
        "",
        (),
    ),
    (
        "2026-11-04",
        "möte",
        "Barn- och utbildningsnämnden",
        ("Carolin Stjernqvist", "Cecilia Eklund", "Eva-Gun Berglund"),
        "Möte med Barn- och utbildningsnämndens strateger, Carolin Stjernqvist och Cecilia "
        "Eklund samt förvaltningschef Eva-Gun Berglund om jämställdhetsarbetet inom "
        "förvaltningen.",
        (),
        "",
        (),
    ),
    (
        "2026-11-09",
        "möte",
        "Tekniska kontoret",
        ("Per Mårtensson", "Carina Sennerby", "AnnKristin Rådberg"),
        "Möte med Tekniska kontorets strateger, Per Mårtensson och Carina Sennerby, samt "
        "förvaltningschef AnnKristin Rådberg om jämställdhetsarbetet inom förvaltningen.",
        (),
        "",
        (),
    ),
    (
        "2026-11-11",
        "utbildning",
        "",
        ("Margareta Ivarsson",),
        "Demokrati/nya mötesformer/jämställdhetsutbildning för politiker med föreläsare "
        "Margareta Ivarsson. Del 2.",
        (),
        "",
        (),
    ),
    (
        "2026-11-12",
        "nätverk",
        "",
        (),
        "SKR Resultatkonferens i Stockholm. Representanter ifrån 84 projekt i Sverige samlades.",
        (),
        "",
        (),
    ),
    ("2026-11-16", "strategträff", "", (), "Strategträff.", (), "", ()),
    (
        "2026-11-17",
        "möte",
        "",
        (),
        "Möte med två studenter ifrån Linnéuniversitetet som ska göra en undersökning inom "
        "kommunen om arbetsmiljö via en enkät.",
        (),
        "",
        (),
    ),
    (
        "2026-11-17",
        "möte",
        "Miljö- och byggkontoret",
        ("Anna Aracsy", "Bengt Gustavsson"),
        "Möte med Miljö- och byggkontorets strateg Anna Aracsy och förvaltningschef Bengt "
        "Gustavsson om jämställdhetsarbetet inom förvaltningen.",
        (),
        "",
        (),
    ),
    (
        "2026-11-18",
        "utbildning",
        "",
        (),
        "Uppsamlingsheat för jämställdhetsombud som antingen missat tidigare träffar eller vill "
        "ha mer kött på benen.",
        (),
        "",
        (),
    ),
    (
        "2026-11-23",
        "möte",
        "",
        (),
        "Möte med ekonomichefen ang budgeten i projektet.",
        (),
        "",
        (),
    ),
    (
        "2026-11-29",
        "möte",
        "Kommunledningskontoret",
        ("Roland Eiman",),
        "Möte med kommunchefen ang upplägg inför mötet med kommunens ledningsgrupp, samt "
        "planering av jämställdhetsarbetet i framtiden i kommunen.",
        (),
        "",
        (("Upplägg för mötet med kommunens ledningsgrupp", "Maria", "2026-12-15"),),
    ),
    (
        "2026-11-30",
        "strategträff",
        "",
        ("Åsa Lönn",),
        "Halvdagsträff med strategerna på Terazza. Planering inför framtiden och beslut kring "
        "strateggruppens utformning.",
        ("Åsa Lönn får uppdraget att vara samordnare i gruppen.",),
        "Strateggruppens utformning är beslutad; Åsa Lönn samordnar gruppen.",
        (),
    ),
    (
        "2026-11-30",
        "övrigt",
        "",
        (),
        "Utställningen om jämställdhet som Mediaprogrammet på Sunnerboskolan gjorde inför v.43 "
        "flyttades runt till bibliotek och de tre högstadieskolorna.",
        (),
        "",
        (),
    ),
    (
        "2026-11-30",
        "övrigt",
        "",
        (),
        "Fler jämställdhetsportföljer har beställts till ombuden.",
        (),
        "Arbetet med att hitta jämställdhetsombud fortsätter; fler portföljer är beställda.",
        (),
    ),
    (
        "2026-11-30",
        "övrigt",
        "",
        (),
        "Framtagande av en policy och handlingsplan för kränkande särbehandling, trakasserier "
        "och diskriminering, på uppdrag av Personalutskottet.",
        (),
        "",
        (("Policy och handlingsplan mot kränkande särbehandling klar", "Caroline", "2027-02-28"),),
    ),
)

# Lärande uppföljning, one run a year: (date, unit, facilitator, participants (name, role),
# answers {item: text or (ratings by name, agreed)}, actions {item: ((what, who, due), ...)},
# follow-ups {what: (status, comment)} applied a year later)
Answer = str | tuple[dict[str, int], int]
RUNS: tuple[
    tuple[
        str,
        str,
        str,
        tuple[tuple[str, str], ...],
        dict[str, Answer],
        dict[str, tuple[tuple[str, str, str], ...]],
    ],
    ...,
] = (
    (
        "2024-11-13",
        "Socialförvaltningen",
        "Caroline",
        (("Ewa Sigfridsson", "strateg"), ("Ing-Marie Byström", "förvaltningschef")),
        {
            "utgangspunkter.mal": "KF:s jämställdhetsmål 2024–2026.",
            "utgangspunkter.bedomning": ({"Ewa Sigfridsson": 3, "Ing-Marie Byström": 4}, 3),
            "utgangspunkter.hogre-varde": "Ett eget mål för nämnden.",
        },
        {
            "utgangspunkter.hogre-varde": (
                ("Föreslå nämnden ett eget jämställdhetsmål", "Ing-Marie Byström", "2025-04-30"),
            ),
        },
    ),
    (
        "2025-11-12",
        "Socialförvaltningen",
        "Caroline",
        (("Ewa Sigfridsson", "strateg"), ("Ing-Marie Byström", "förvaltningschef")),
        {
            "utgangspunkter.mal": "KF:s jämställdhetsmål 2024–2026 och nämndens plan för "
            "jämställd biståndshandläggning.",
            "utgangspunkter.problem": "Män får oftare hemtjänstinsatser beviljade i form av "
            "städning, kvinnor oftare som personlig omsorg.",
            "utgangspunkter.bedomning": ({"Ewa Sigfridsson": 5, "Ing-Marie Byström": 6}, 5),
            "utgangspunkter.hogre-varde": "Könsuppdelad statistik varje kvartal.",
            "effekter.bedomning": ({"Ewa Sigfridsson": 4, "Ing-Marie Byström": 4}, 4),
            "effekter.hogre-varde": "Skriv effektmålen så att de går att följa upp.",
        },
        {
            "utgangspunkter.hogre-varde": (
                (
                    "Ta fram könsuppdelad statistik över beviljade insatser",
                    "Ewa Sigfridsson",
                    "2026-03-31",
                ),
                (
                    "Utbildning i jämställd handläggning för biståndshandläggare",
                    "Ing-Marie Byström",
                    "2026-06-30",
                ),
            ),
            "effekter.hogre-varde": (
                ("Skriv om effektmålen i nämndens plan", "Ewa Sigfridsson", "2026-09-30"),
            ),
        },
    ),
    (
        "2025-11-19",
        "Barn- och utbildningsnämnden",
        "Maria",
        (("Carolin Stjernqvist", "strateg"), ("Eva-Gun Berglund", "förvaltningschef")),
        {
            "utgangspunkter.mal": "Likabehandlingsplanen och KF:s jämställdhetsmål.",
            "utgangspunkter.bedomning": ({"Carolin Stjernqvist": 8, "Eva-Gun Berglund": 8}, 8),
        },
        {},
    ),
)

# What happened to the actions during the year (status, comment), by their text.
FOLLOW_UPS = {
    "Föreslå nämnden ett eget jämställdhetsmål": ("klar", "Beslutat i nämnden i maj 2025."),
    "Ta fram könsuppdelad statistik över beviljade insatser": (
        "klar",
        "Statistiken redovisas för nämnden varje kvartal sedan april.",
    ),
    "Utbildning i jämställd handläggning för biståndshandläggare": (
        "pagar",
        "Halva gruppen utbildad; resten i januari.",
    ),
}
