<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutPage</name>
    <message>
        <source>Back to settings</source>
        <translation>Zurück zu den Einstellungen</translation>
    </message>
    <message>
        <source>It is for education and general fitness. It is not medical advice, a diagnosis or a treatment, and it does not know your body. Stop an exercise straight away if it causes a sharp pain, dizziness or swelling. If you have an injury, a health condition or pain that does not settle, ask your own doctor or physiotherapist before you start.</source>
        <translation>Sie dient der Information und der allgemeinen Fitness. Sie ist keine ärztliche Beratung, Diagnose oder Behandlung und kennt deinen Körper nicht. Hör sofort mit einer Übung auf, wenn sie stechende Schmerzen, Schwindel oder eine Schwellung auslöst. Hast du eine Verletzung, eine Erkrankung oder Schmerzen, die nicht nachlassen, frag vor dem Start deine Ärztin, deinen Arzt oder deine Physiotherapeutin bzw. deinen Physiotherapeuten.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Qt 6 and PySide6</source>
        <translation>Qt 6 und PySide6</translation>
    </message>
    <message>
        <source>Qt, PySide6 and shiboken6 are used as separate libraries, so you may replace them with your own build. Each licence's full text comes with its part, and the source of every part is published by its authors.</source>
        <translation>Qt, PySide6 und shiboken6 werden als eigene Bibliotheken genutzt, du kannst sie also durch einen eigenen Build ersetzen. Der volle Text jeder Lizenz liegt ihrem Teil bei, und den Quellcode jedes Teils veröffentlichen seine Autorinnen und Autoren.</translation>
    </message>
    <message>
        <source>Studies of calf exercise that the programme's advice draws on:</source>
        <translation>Studien zu Wadenübungen, auf die sich die Ratschläge des Programms stützen:</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>What it is not</source>
        <translation>Was es nicht ist</translation>
    </message>
    <message>
        <source>What it rests on</source>
        <translation>Worauf es beruht</translation>
    </message>
    <message>
        <source>asks the system's speech engine to speak the counts</source>
        <translation>lässt die Sprachausgabe des Systems die Zählung sprechen</translation>
    </message>
    <message>
        <source>calfplayer icon</source>
        <translation>calfplayer-Symbol</translation>
    </message>
    <message>
        <source>calfplayer takes you through calf and ankle exercises at home: it shows each movement, counts the repetitions and times the holds and rests, out loud if you like. The exercises are ones physiotherapists commonly suggest for stronger calves, steadier ankles and easier walking.</source>
        <translation>calfplayer führt dich zu Hause durch Übungen für Waden und Sprunggelenke: Es zeigt jede Bewegung, zählt die Wiederholungen und misst die Zeit für Halten und Pausen, auf Wunsch laut. Es sind Übungen, die Physiotherapeut·innen oft für kräftigere Waden, stabilere Sprunggelenke und leichteres Gehen empfehlen.</translation>
    </message>
    <message>
        <source>finds the right folders for your data and settings</source>
        <translation>findet die richtigen Ordner für deine Daten und Einstellungen</translation>
    </message>
    <message>
        <source>the bridge between Python and Qt</source>
        <translation>die Brücke zwischen Python und Qt</translation>
    </message>
    <message>
        <source>the voice on Linux, where the app comes with it</source>
        <translation>die Stimme unter Linux, wo die App sie mitbringt</translation>
    </message>
    <message>
        <source>the window, drawing and sound</source>
        <translation>Fenster, Grafik und Ton</translation>
    </message>
    <message>
        <source>this app: you may share and change it under the same terms</source>
        <translation>diese App: Du darfst sie zu denselben Bedingungen weitergeben und ändern</translation>
    </message>
    <message>
        <source>•  {part} — {licence}: {role}</source>
        <translation>•  {part} — {licence}: {role}</translation>
    </message>
    <message>
        <source>‹  Settings</source>
        <translation>‹  Einstellungen</translation>
    </message>
</context>
<context>
    <name>AdherenceCard</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation><numerusform>%n verpasst</numerusform><numerusform>%n verpasst</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation><numerusform>%n teils geschafft</numerusform><numerusform>%n teils geschafft</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation><numerusform>%n übersprungen</numerusform><numerusform>%n übersprungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to come</source>
        <translation><numerusform>%n kommt noch</numerusform><numerusform>%n kommen noch</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last %n weeks: no planned time has come yet</source>
        <translation><numerusform>Letzte %n Woche: noch kein geplanter Termin fällig</numerusform><numerusform>Letzte %n Wochen: noch kein geplanter Termin fällig</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last %n weeks: {percent}% of planned times done ({done} of {planned})</source>
        <translation><numerusform>Letzte %n Woche: {percent} % der geplanten Termine geschafft ({done} von {planned})</numerusform><numerusform>Letzte %n Wochen: {percent} % der geplanten Termine geschafft ({done} von {planned})</numerusform></translation>
    </message>
    <message>
        <source>Nothing is planned this week.</source>
        <translation>Diese Woche ist nichts geplant.</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n planned day(s) kept in a row (days with nothing planned do not break it)</source>
        <translation><numerusform>Serie: %n geplanter Tag in Folge eingehalten (Tage ohne Plan unterbrechen sie nicht)</numerusform><numerusform>Serie: %n geplante Tage in Folge eingehalten (Tage ohne Plan unterbrechen sie nicht)</numerusform></translation>
    </message>
    <message>
        <source>THIS WEEK'S PLAN</source>
        <translation>WOCHENPLAN</translation>
    </message>
    <message>
        <source>Your plan against what you did</source>
        <translation>Dein Wochenplan im Vergleich zu dem, was du gemacht hast</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>übersp.</translation>
    </message>
    <message>
        <source>{day}: {status}</source>
        <translation>{day}: {status}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n planned day(s) done</source>
        <translation><numerusform>{done} von %n geplanten Tag geschafft</numerusform><numerusform>{done} von %n geplanten Tagen geschafft</numerusform></translation>
    </message>
</context>
<context>
    <name>AdviceCard</name>
    <message>
        <source>Apply the step</source>
        <translation>Schritt übernehmen</translation>
    </message>
    <message>
        <source>Apply the step up</source>
        <translation>Die Steigerung übernehmen</translation>
    </message>
    <message>
        <source>Apply to my copy</source>
        <translation>In meine Kopie</translation>
    </message>
    <message>
        <source>Open my copy</source>
        <translation>Meine Kopie öffnen</translation>
    </message>
    <message>
        <source>Ready for more?</source>
        <translation>Bereit für mehr?</translation>
    </message>
    <message>
        <source>Saved to "{routine}". It is ready for your next workout.</source>
        <translation>In „{routine}“ gespeichert. Es ist bereit für dein nächstes Training.</translation>
    </message>
    <message>
        <source>Saved to "{routine}". It is ready for your next workout. {problem}</source>
        <translation>In „{routine}“ gespeichert. Es ist bereit für dein nächstes Training. {problem}</translation>
    </message>
    <message>
        <source>Step applied</source>
        <translation>Schritt übernommen</translation>
    </message>
    <message>
        <source>Time to ease back</source>
        <translation>Zeit, etwas kürzer zu treten</translation>
    </message>
    <message>
        <source>{advice} You already have your own copy, "{routine}": do that one next time.</source>
        <translation>{advice} Du hast schon eine eigene Kopie, „{routine}“: Mach nächstes Mal diese.</translation>
    </message>
</context>
<context>
    <name>AppAdvice</name>
    <message>
        <source>The step could not be added to your log of changes</source>
        <translation>Der Schritt konnte nicht in dein Änderungsprotokoll eingetragen werden</translation>
    </message>
</context>
<context>
    <name>AppErrors</name>
    <message>
        <source>Close the calfplayer window first: {doing} while it keeps the history open would lose what it writes next.</source>
        <translation>Schließe zuerst das calfplayer-Fenster: {doing}, während es den Verlauf offen hält, würde verlieren, was es als Nächstes schreibt.</translation>
    </message>
    <message>
        <source>Your history cannot be used.</source>
        <translation>Dein Verlauf kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>{doing} ({reason}).</source>
        <translation>{doing} ({reason}).</translation>
    </message>
    <message>
        <source>{problem} Open calfplayer to keep it aside and start a new one, or restore a backup with `calfplayer restore FILE`.</source>
        <translation>{problem} Öffne calfplayer, um ihn beiseitezulegen und einen neuen zu beginnen, oder stelle eine Sicherung mit `calfplayer restore FILE` wieder her.</translation>
    </message>
</context>
<context>
    <name>AppHistory</name>
    <message>
        <source>"{format}" is not an export format (csv or json).</source>
        <translation>„{format}“ ist kein Exportformat (csv oder json).</translation>
    </message>
    <message>
        <source>That session could not be read</source>
        <translation>Dieses Training konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The history could not be exported to {path}</source>
        <translation>Der Verlauf konnte nicht nach {path} exportiert werden</translation>
    </message>
    <message>
        <source>The rating could not be kept</source>
        <translation>Die Bewertung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The session could not be deleted</source>
        <translation>Das Training konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The sets kept in {path} could not be brought in</source>
        <translation>Die in {path} aufbewahrten Sätze konnten nicht übernommen werden</translation>
    </message>
    <message>
        <source>The sets not saved could not be written to a file ({reason}).</source>
        <translation>Die nicht gespeicherten Sätze konnten in keine Datei geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>The sets not saved could not be written to {path} ({reason}).</source>
        <translation>Die nicht gespeicherten Sätze konnten nicht in {path} geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>The unfinished workout could not be put away</source>
        <translation>Das unfertige Training konnte nicht weggelegt werden</translation>
    </message>
    <message>
        <source>Your history could not be backed up</source>
        <translation>Dein Verlauf konnte nicht gesichert werden</translation>
    </message>
    <message>
        <source>Your history could not be read</source>
        <translation>Dein Verlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Your history could not be restored</source>
        <translation>Dein Verlauf konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>replacing the history</source>
        <translation>den Verlauf zu ersetzen</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>{path} konnte nicht gelesen werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>AppPlan</name>
    <message>
        <source>That entry is no longer in your plan.</source>
        <translation>Dieser Eintrag ist nicht mehr in deinem Wochenplan.</translation>
    </message>
    <message>
        <source>There is no routine "{id}": `calfplayer list` shows the ids of yours.</source>
        <translation>Es gibt kein Programm „{id}“: `calfplayer list` zeigt die IDs deiner Programme.</translation>
    </message>
    <message>
        <source>Your choice could not be saved</source>
        <translation>Deine Wahl konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Your plan could not be saved</source>
        <translation>Dein Wochenplan konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{problem} Fix the file, or start a new plan with `calfplayer plan clear`.</source>
        <translation>{problem} Repariere die Datei oder beginne einen neuen Wochenplan mit `calfplayer plan clear`.</translation>
    </message>
    <message>
        <source>{routine} at {time}</source>
        <translation>{routine} um {time}</translation>
    </message>
    <message>
        <source>{routine}: {entry}</source>
        <translation>{routine}: {entry}</translation>
    </message>
    <message>
        <source>{routine}: {entry} (its routine no longer exists)</source>
        <translation>{routine}: {entry} (das Programm gibt es nicht mehr)</translation>
    </message>
</context>
<context>
    <name>AppReminders</name>
    <message>
        <source>Reminders are off.</source>
        <translation>Erinnerungen sind aus.</translation>
    </message>
    <message>
        <source>Reminders are on (process {pid}); they start at login from {path}.</source>
        <translation>Erinnerungen sind an (Prozess {pid}); sie starten bei der Anmeldung über {path}.</translation>
    </message>
    <message>
        <source>Reminders were already off.</source>
        <translation>Erinnerungen waren schon aus.</translation>
    </message>
    <message>
        <source>Reminds you of your planned routines</source>
        <translation>Erinnert dich an deine geplanten Programme</translation>
    </message>
    <message>
        <source>Starting reminders at login is not supported on {system} yet. Start them by hand: run `{command}` and leave it running; to have it start at login, use {how} as docs/reminders.md describes.</source>
        <translation>Erinnerungen bei der Anmeldung zu starten geht unter {system} noch nicht. Starte sie von Hand: führe `{command}` aus und lass es laufen; damit es bei der Anmeldung startet, nutze {how}, wie docs/reminders.md beschreibt.</translation>
    </message>
    <message>
        <source>Task Scheduler (a task that runs `calfplayer remind` at log on)</source>
        <translation>die Aufgabenplanung (eine Aufgabe, die `calfplayer remind` bei der Anmeldung ausführt)</translation>
    </message>
    <message>
        <source>The autostart entry could not be removed</source>
        <translation>Der Autostart-Eintrag konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The autostart entry could not be written</source>
        <translation>Der Autostart-Eintrag konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The reminder process ({pid}) did not stop.</source>
        <translation>Der Erinnerungsprozess ({pid}) hat nicht angehalten.</translation>
    </message>
    <message>
        <source>The reminders could not be started</source>
        <translation>Die Erinnerungen konnten nicht gestartet werden</translation>
    </message>
    <message>
        <source>The reminders did not start: {log} may say why.</source>
        <translation>Die Erinnerungen sind nicht gestartet: {log} sagt vielleicht, warum.</translation>
    </message>
    <message>
        <source>The window could not be opened</source>
        <translation>Das Fenster konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Time for {routine}</source>
        <translation>Zeit für {routine}</translation>
    </message>
    <message>
        <source>calfplayer reminders</source>
        <translation>calfplayer-Erinnerungen</translation>
    </message>
    <message>
        <source>launchd (a LaunchAgent that runs `calfplayer remind`)</source>
        <translation>launchd (ein LaunchAgent, der `calfplayer remind` ausführt)</translation>
    </message>
    <message>
        <source>{length}, planned for {time}.</source>
        <translation>{length}, geplant für {time}.</translation>
    </message>
    <message>
        <source>{length}, planned for {time}. Click to start it now.</source>
        <translation>{length}, geplant für {time}. Klicke, um jetzt zu starten.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>AppReport</name>
    <message numerus="yes">
        <source>%n line of the log of steps applied could not be read and are left out.</source>
        <translation><numerusform>%n Zeile des Protokolls der angewandten Schritte konnte nicht gelesen werden und fehlt.</numerusform><numerusform>%n Zeilen des Protokolls der angewandten Schritte konnten nicht gelesen werden und fehlen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the log of steps applied could not be read and are left out.</source>
        <translation><numerusform>%n Zeile des Protokolls der angewandten Schritte konnte nicht gelesen werden und fehlt.</numerusform><numerusform>%n Zeilen des Protokolls der angewandten Schritte konnten nicht gelesen werden und fehlen.</numerusform></translation>
    </message>
    <message>
        <source>The period starts ({first}) after it ends ({last}).</source>
        <translation>Der Zeitraum beginnt ({first}) nach seinem Ende ({last}).</translation>
    </message>
    <message>
        <source>The person's own exercise log, made with calfplayer on {day}. Not a clinical record.</source>
        <translation>Eigenes Übungsprotokoll der Person, erstellt mit calfplayer am {day}. Keine klinische Dokumentation.</translation>
    </message>
    <message>
        <source>Your log of steps applied could not be read</source>
        <translation>Dein Protokoll der angewandten Schritte konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n day)</source>
        <translation><numerusform>{first} bis {last} (%n Tag)</numerusform><numerusform>{first} bis {last} (%n Tage)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n days)</source>
        <translation><numerusform>{first} bis {last} (%n Tag)</numerusform><numerusform>{first} bis {last} (%n Tage)</numerusform></translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>AppRoutines</name>
    <message>
        <source>"{name}" could not be saved</source>
        <translation>„{name}“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>"{name}" is built in and cannot be deleted.</source>
        <translation>„{name}“ ist eingebaut und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The routine could not be deleted</source>
        <translation>Das Programm konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The routine could not be saved</source>
        <translation>Das Programm konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The step could not be saved</source>
        <translation>Der Schritt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{path} could not be written</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Your settings could not be saved</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>AppWindowState</name>
    <message>
        <source>The window's size and place could not be saved</source>
        <translation>Größe und Position des Fensters konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>AppWorkouts</name>
    <message>
        <source>That workout cannot be resumed: {problems}</source>
        <translation>Dieses Training kann nicht fortgesetzt werden: {problems}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>A routine file could not be used: {problems}</source>
        <translation>Eine Programmdatei konnte nicht verwendet werden: {problems}</translation>
    </message>
    <message>
        <source>deleting all your data</source>
        <translation>alle deine Daten zu löschen</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s Argument erwartet</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s Argumente erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>angegebenes Argument %r wird ignoriert</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt zusammen mit dem Argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s wird gebraucht</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>die Version des Programms zeigen und beenden</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>%n rating(s) from {first} to {last}, latest {latest}</source>
        <translation><numerusform>%n Bewertung von {first} bis {last}, zuletzt {latest}</numerusform><numerusform>%n Bewertungen von {first} bis {last}, zuletzt {latest}</numerusform></translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts zu zeigen</translation>
    </message>
    <message>
        <source>Rate the pain after a workout to see it here</source>
        <translation>Bewerte den Schmerz nach einem Training, um ihn hier zu sehen</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>"{text}"</source>
        <comment>a spoken cue in quotes</comment>
        <translation>„{text}“</translation>
    </message>
    <message numerus="yes">
        <source>%n holds of {hold}</source>
        <translation><numerusform>%n-mal {hold} halten</numerusform><numerusform>%n-mal {hold} halten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reps, at your own pace</source>
        <translation><numerusform>%n Wiederholung, in deinem Tempo</numerusform><numerusform>%n Wiederholungen, in deinem Tempo</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reps, {up} {up_word}, {top} {top_word}, {down} {down_word}</source>
        <comment>the length of each phase of a rep, e.g. 2 s up, 1 s top, 2 s down</comment>
        <translation><numerusform>%n Wiederholung, {up} {up_word}, {top} {top_word}, {down} {down_word}</numerusform><numerusform>%n Wiederholungen, {up} {up_word}, {top} {top_word}, {down} {down_word}</numerusform></translation>
    </message>
    <message>
        <source>(beep end)</source>
        <translation>(Piepton Ende)</translation>
    </message>
    <message>
        <source>(beep tick)</source>
        <translation>(Piepton)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a timeline line</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Follow calf-strengthening routines at home. No command: open the window.</source>
        <translation>Übungen für kräftige Waden zu Hause. Ohne Befehl: öffnet das Fenster.</translation>
    </message>
    <message>
        <source>add a routine file to your routines</source>
        <translation>eine Programmdatei zu deinen Programmen hinzufügen</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>check Qt, speech, sound and the data folder, and say how to fix problems</source>
        <translation>Qt, Sprache, Ton und Datenordner prüfen und sagen, wie sich Probleme beheben lassen</translation>
    </message>
    <message>
        <source>check a routine file</source>
        <translation>eine Programmdatei prüfen</translation>
    </message>
    <message>
        <source>done</source>
        <comment>the end of the timeline</comment>
        <translation>fertig</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>hold {hold}</source>
        <translation>{hold} halten</translation>
    </message>
    <message>
        <source>id	name	duration	exercises	source</source>
        <translation>ID	Name	Dauer	Übungen	Herkunft</translation>
    </message>
    <message>
        <source>imported "{name}" as {id} ({path})</source>
        <translation>„{name}“ als {id} importiert ({path})</translation>
    </message>
    <message>
        <source>keep both, giving this one a new id</source>
        <translation>beide behalten, dieses bekommt eine neue ID</translation>
    </message>
    <message>
        <source>keep every file calfplayer writes under DIR (also: CALFPLAYER_DATA_DIR)</source>
        <translation>alle Dateien von calfplayer unter DIR ablegen (auch: CALFPLAYER_DATA_DIR)</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>list the routines, one per line</source>
        <translation>die Programme auflisten, eins pro Zeile</translation>
    </message>
    <message>
        <source>list the spoken cues beside the timeline</source>
        <translation>die gesprochenen Ansagen neben dem Ablauf auflisten</translation>
    </message>
    <message>
        <source>no spoken cues or beeps</source>
        <translation>keine Ansagen und keine Pieptöne</translation>
    </message>
    <message>
        <source>open this routine's preview</source>
        <translation>die Vorschau dieses Programms öffnen</translation>
    </message>
    <message>
        <source>print JSON instead of lines</source>
        <translation>JSON statt Zeilen ausgeben</translation>
    </message>
    <message>
        <source>print a routine's timeline</source>
        <translation>den Ablauf eines Programms ausgeben</translation>
    </message>
    <message>
        <source>replace your routine with the same id</source>
        <translation>dein Programm mit derselben ID ersetzen</translation>
    </message>
    <message>
        <source>rest {seconds}</source>
        <translation>Pause {seconds}</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>set {number} of {sets}</source>
        <translation>Satz {number} von {sets}</translation>
    </message>
    <message>
        <source>skipped a routine file that has problems:</source>
        <translation>eine Programmdatei mit Problemen übersprungen:</translation>
    </message>
    <message>
        <source>switch to the left side ({seconds})</source>
        <translation>Wechsel zur linken Seite ({seconds})</translation>
    </message>
    <message>
        <source>switch to the right side ({seconds})</source>
        <translation>Wechsel zur rechten Seite ({seconds})</translation>
    </message>
    <message>
        <source>the file to write (default: stdout)</source>
        <translation>die zu schreibende Datei (Standard: stdout)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <source>which cues to list with --cues (default: coach, the most)</source>
        <translation>welche Ansagen --cues auflistet (Standard: coach, die meisten)</translation>
    </message>
    <message>
        <source>with --routine: start it at once</source>
        <translation>mit --routine: sofort starten</translation>
    </message>
    <message>
        <source>write a routine as a file</source>
        <translation>ein Programm als Datei schreiben</translation>
    </message>
    <message>
        <source>write one JSON line per cue played</source>
        <translation>eine JSON-Zeile pro abgespielter Ansage schreiben</translation>
    </message>
    <message>
        <source>wrote {id} to {file}</source>
        <translation>{id} nach {file} geschrieben</translation>
    </message>
    <message>
        <source>{exercise}: get ready ({seconds})</source>
        <translation>{exercise}: mach dich bereit ({seconds})</translation>
    </message>
    <message>
        <source>{exercise}: {parts} ({length})</source>
        <translation>{exercise}: {parts} ({length})</translation>
    </message>
    <message numerus="yes">
        <source>{file}: valid: {name} ({id}), %n exercises, {duration}</source>
        <translation><numerusform>{file}: gültig: {name} ({id}), %n Übung, {duration}</numerusform><numerusform>{file}: gültig: {name} ({id}), %n Übungen, {duration}</numerusform></translation>
    </message>
    <message>
        <source>{file}: {problem}; import it with --keep-both</source>
        <translation>{file}: {problem}; importiere es mit --keep-both</translation>
    </message>
    <message>
        <source>{file}: {problem}; use --replace or --keep-both</source>
        <translation>{file}: {problem}; nimm --replace oder --keep-both</translation>
    </message>
    <message>
        <source>{name} ({id}): {duration} in all</source>
        <translation>{name} ({id}): {duration} insgesamt</translation>
    </message>
    <message>
        <source>{problem}: {file}</source>
        <translation>{problem}: {file}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>a length of time in seconds</comment>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message numerus="yes">
        <source>Backed up %n session to {file}.</source>
        <translation><numerusform>%n Sitzung nach {file} gesichert.</numerusform><numerusform>%n Sitzungen nach {file} gesichert.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n sessions to {file}.</source>
        <translation><numerusform>%n Sitzung nach {file} gesichert.</numerusform><numerusform>%n Sitzungen nach {file} gesichert.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Brought %n set into your history.</source>
        <translation><numerusform>%n Satz in deinen Verlauf übernommen.</numerusform><numerusform>%n Sätze in deinen Verlauf übernommen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Brought %n sets into your history.</source>
        <translation><numerusform>%n Satz in deinen Verlauf übernommen.</numerusform><numerusform>%n Sätze in deinen Verlauf übernommen.</numerusform></translation>
    </message>
    <message>
        <source>Restored your history from {file}.</source>
        <translation>Dein Verlauf wurde aus {file} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored your history from {file}. The previous history was kept as {kept}.</source>
        <translation>Dein Verlauf wurde aus {file} wiederhergestellt. Der bisherige Verlauf liegt jetzt in {kept}.</translation>
    </message>
    <message>
        <source>add sets kept in FILE when the history could not take them</source>
        <translation>Sätze aus FILE übernehmen, die der Verlauf nicht speichern konnte</translation>
    </message>
    <message>
        <source>bringing sets in</source>
        <comment>what is being done, in: Close the calfplayer window first: {doing} while ...</comment>
        <translation>Sätze übernehmen</translation>
    </message>
    <message>
        <source>copy your history to FILE (safe while it runs)</source>
        <translation>deinen Verlauf nach FILE kopieren (auch während calfplayer läuft)</translation>
    </message>
    <message>
        <source>default: stdout</source>
        <translation>Standard: stdout</translation>
    </message>
    <message>
        <source>only sessions from that day on</source>
        <translation>nur Sitzungen ab diesem Tag</translation>
    </message>
    <message>
        <source>replace your history with a backup FILE (the current one is kept aside)</source>
        <translation>deinen Verlauf durch eine Sicherung FILE ersetzen (der jetzige wird aufbewahrt)</translation>
    </message>
    <message>
        <source>write your workout history as CSV or JSON</source>
        <translation>deinen Trainingsverlauf als CSV oder JSON schreiben</translation>
    </message>
    <message>
        <source>{text} is not a date like 2026-01-31</source>
        <translation>{text} ist kein Datum wie 2026-01-31</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>--start needs --routine ID|FILE</source>
        <translation>--start braucht --routine ID|FILE</translation>
    </message>
    <message>
        <source>calfplayer: {message}</source>
        <translation>calfplayer: {message}</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error})</source>
        <translation>unerwarteter Fehler ({kind}: {error})</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
</context>
<context>
    <name>CliPlan</name>
    <message>
        <source>Added {number}. {entry}</source>
        <translation>Hinzugefügt: {number}. {entry}</translation>
    </message>
    <message>
        <source>Due now: {name} (planned for {time})</source>
        <translation>Jetzt dran: {name} (geplant für {time})</translation>
    </message>
    <message>
        <source>Next: {name} at {time} on {weekday}</source>
        <translation>Als Nächstes: {name} um {time} am {weekday}</translation>
    </message>
    <message>
        <source>Next: {name} at {time} today</source>
        <translation>Als Nächstes: {name} um {time} heute</translation>
    </message>
    <message>
        <source>Next: {name} at {time} tomorrow</source>
        <translation>Als Nächstes: {name} um {time} morgen</translation>
    </message>
    <message>
        <source>No plan yet. Add to it with, for example:</source>
        <translation>Noch kein Wochenplan. Füge etwas hinzu, zum Beispiel:</translation>
    </message>
    <message>
        <source>Nothing is planned in the coming week.</source>
        <translation>In der kommenden Woche ist nichts geplant.</translation>
    </message>
    <message>
        <source>Quiet days: {days}</source>
        <translation>Ruhetage: {days}</translation>
    </message>
    <message>
        <source>Removed {number}. {entry}</source>
        <translation>Entfernt: {number}. {entry}</translation>
    </message>
    <message>
        <source>Today, {weekday} {day} {month}:</source>
        <translation>Heute, {weekday}, {day}. {month}:</translation>
    </message>
    <message>
        <source>With no action: your plan, today's planned times and what is due next.</source>
        <translation>Ohne Aktion: dein Wochenplan, die heute geplanten Zeiten und was als Nächstes dran ist.</translation>
    </message>
    <message>
        <source>Your plan is empty.</source>
        <translation>Dein Wochenplan ist leer.</translation>
    </message>
    <message>
        <source>Your plan is empty. The damaged plan file was kept as {kept}.</source>
        <translation>Dein Wochenplan ist leer. Die beschädigte Plandatei liegt jetzt in {kept}.</translation>
    </message>
    <message>
        <source>Your plan:</source>
        <translation>Dein Wochenplan:</translation>
    </message>
    <message>
        <source>a movement snack every few hours between two times</source>
        <translation>ein Bewegungshäppchen alle paar Stunden zwischen zwei Uhrzeiten</translation>
    </message>
    <message>
        <source>a routine on some weekdays at a time</source>
        <translation>ein Programm an bestimmten Wochentagen zu einer Uhrzeit</translation>
    </message>
    <message>
        <source>days with nothing planned (or: none)</source>
        <translation>Tage ohne Plan (oder: none)</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>erledigt ✓</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt dran</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>erste Uhrzeit</translation>
    </message>
    <message>
        <source>how often: 2h, 90m, 1h30m</source>
        <translation>wie oft: 2h, 90m, 1h30m</translation>
    </message>
    <message>
        <source>last time</source>
        <translation>letzte Uhrzeit</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>mon,wed,fri or mon-fri or daily</source>
        <translation>mon,wed,fri oder mon-fri oder daily</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no quiet days</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <source>put off until {time}</source>
        <translation>verschoben auf {time}</translation>
    </message>
    <message>
        <source>remove entry N (as `calfplayer plan` numbers it)</source>
        <translation>Eintrag N entfernen (nummeriert wie bei `calfplayer plan`)</translation>
    </message>
    <message>
        <source>remove the whole plan</source>
        <translation>den ganzen Wochenplan entfernen</translation>
    </message>
    <message>
        <source>sat,sun or none</source>
        <translation>sat,sun oder none</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>the routine's id (`calfplayer list`)</source>
        <translation>die ID des Programms (`calfplayer list`)</translation>
    </message>
    <message>
        <source>the time of day, e.g. 18:00</source>
        <translation>die Uhrzeit, z. B. 18:00</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>kommt noch</translation>
    </message>
    <message>
        <source>which days (default: daily)</source>
        <translation>welche Tage (Standard: daily)</translation>
    </message>
    <message>
        <source>your plan for the week: show it and what is due next, or change it</source>
        <translation>dein Wochenplan: zeigen, was als Nächstes dran ist, oder ändern</translation>
    </message>
    <message>
        <source>{entry}: {state}</source>
        <translation>{entry}: {state}</translation>
    </message>
    <message>
        <source>{problem} Fix the file, or start a new plan with `calfplayer plan clear`.</source>
        <translation>{problem} Repariere die Datei oder beginne einen neuen Wochenplan mit `calfplayer plan clear`.</translation>
    </message>
    <message>
        <source>{problem} Or none, for no quiet days.</source>
        <translation>{problem} Oder none für keine Ruhetage.</translation>
    </message>
</context>
<context>
    <name>CliRemind</name>
    <message>
        <source>At login: not supported here yet (`calfplayer remind --on` says how to start it)</source>
        <translation>Bei der Anmeldung: hier noch nicht möglich (`calfplayer remind --on` sagt, wie du es startest)</translation>
    </message>
    <message>
        <source>At login: off</source>
        <translation>Bei der Anmeldung: aus</translation>
    </message>
    <message>
        <source>At login: on ({entry})</source>
        <translation>Bei der Anmeldung: an ({entry})</translation>
    </message>
    <message>
        <source>Running: no</source>
        <translation>Läuft: nein</translation>
    </message>
    <message>
        <source>Running: yes (process {pid})</source>
        <translation>Läuft: ja (Prozess {pid})</translation>
    </message>
    <message>
        <source>Shown: {reminder}</source>
        <translation>Angezeigt: {reminder}</translation>
    </message>
    <message>
        <source>With no option: wait in the foreground and put up a notification when a planned time comes due, with Start now, In 15 minutes and Skip today. One runs per data folder. Options given before `remind` (--no-voice) go on to the window it opens.</source>
        <translation>Ohne Option: im Vordergrund warten und eine Benachrichtigung zeigen, wenn eine geplante Zeit dran ist, mit Jetzt starten, In 15 Minuten und Heute überspringen. Pro Datenordner läuft eine. Optionen vor `remind` (--no-voice) gehen an das Fenster, das sie öffnet.</translation>
    </message>
    <message>
        <source>calfplayer remind: {message}</source>
        <translation>calfplayer remind: {message}</translation>
    </message>
    <message>
        <source>remind from now on and at every login</source>
        <translation>ab jetzt und bei jeder Anmeldung erinnern</translation>
    </message>
    <message>
        <source>remind you of your plan with desktop notifications, even with the window closed</source>
        <translation>dich mit Desktop-Benachrichtigungen an deinen Wochenplan erinnern, auch bei geschlossenem Fenster</translation>
    </message>
    <message>
        <source>show a reminder now, as a sample</source>
        <translation>jetzt eine Erinnerung als Beispiel zeigen</translation>
    </message>
    <message>
        <source>stop reminding, now and at login</source>
        <translation>nicht mehr erinnern, jetzt und bei der Anmeldung</translation>
    </message>
    <message>
        <source>whether it is on and running, and what is next</source>
        <translation>ob es an ist und läuft, und was als Nächstes kommt</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message numerus="yes">
        <source>%n page</source>
        <translation><numerusform>%n Seite</numerusform><numerusform>%n Seiten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n Seite</numerusform><numerusform>%n Seiten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session</source>
        <translation><numerusform>%n Sitzung</numerusform><numerusform>%n Sitzungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation><numerusform>%n Sitzung</numerusform><numerusform>%n Sitzungen</numerusform></translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} liegt nach --to {last}</translation>
    </message>
    <message>
        <source>A PDF of your sessions, plan kept, each exercise planned and done, effort and pain, "that hurt" marks, notes and steps applied. Default: the last four weeks.</source>
        <translation>Ein PDF deiner Sitzungen: eingehaltener Wochenplan, jede Übung geplant und gemacht, Anstrengung und Schmerz, „Das hat wehgetan“-Markierungen, Notizen und angewandte Steigerungen. Standard: die letzten vier Wochen.</translation>
    </message>
    <message>
        <source>The report could not be written to {file} ({problem}).</source>
        <translation>Der Bericht konnte nicht nach {file} geschrieben werden ({problem}).</translation>
    </message>
    <message>
        <source>Wrote {file}: {pages} ({paper}), {sessions} from {first} to {last}.</source>
        <comment>{pages}: the page count; {sessions}: the session count</comment>
        <translation>{file} geschrieben: {pages} ({paper}), {sessions} vom {first} bis {last}.</translation>
    </message>
    <message>
        <source>a progress report (PDF) to take to your physiotherapist</source>
        <translation>ein Fortschrittsbericht (PDF) für deine Physio</translation>
    </message>
    <message>
        <source>default: Letter where your locale measures in US units, else A4</source>
        <translation>Standard: Letter, wo dein Gebietsschema US-Maße nutzt, sonst A4</translation>
    </message>
    <message>
        <source>leave your notes out</source>
        <translation>deine Notizen weglassen</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>der erste Tag</translation>
    </message>
    <message>
        <source>the last day (default: today)</source>
        <translation>der letzte Tag (Standard: heute)</translation>
    </message>
    <message>
        <source>{text} is not a date like 2026-11-30</source>
        <translation>{text} ist kein Datum wie 2026-11-30</translation>
    </message>
</context>
<context>
    <name>CueLevel</name>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Counts and phases</source>
        <translation>Zählen und Phasen</translation>
    </message>
    <message>
        <source>Counts only</source>
        <translation>Nur Zählen</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Halfway.</source>
        <translation>Halbzeit.</translation>
    </message>
    <message>
        <source>Next: {exercise}.</source>
        <comment>spoken before an exercise</comment>
        <translation>Als Nächstes: {exercise}.</translation>
    </message>
    <message>
        <source>Rest, {duration}.</source>
        <comment>spoken: rest between sets</comment>
        <translation>Pause, {duration}.</translation>
    </message>
    <message>
        <source>Start with your left leg.</source>
        <translation>Fang mit dem linken Bein an.</translation>
    </message>
    <message>
        <source>Start with your right leg.</source>
        <translation>Fang mit dem rechten Bein an.</translation>
    </message>
    <message>
        <source>Switch to your left leg.</source>
        <translation>Wechsel zum linken Bein.</translation>
    </message>
    <message>
        <source>Switch to your right leg.</source>
        <translation>Wechsel zum rechten Bein.</translation>
    </message>
    <message>
        <source>Ten seconds left.</source>
        <translation>Noch zehn Sekunden.</translation>
    </message>
    <message>
        <source>Workout complete. Well done.</source>
        <translation>Training geschafft. Gut gemacht.</translation>
    </message>
    <message>
        <source>one minute</source>
        <translation>eine Minute</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <comment>spoken; {minutes} in words</comment>
        <translation>{minutes} Minuten</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <comment>spoken; {seconds} in words</comment>
        <translation>{seconds} Sekunden</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr.</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa.</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So.</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do.</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di.</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi.</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{day} {mon}</source>
        <translation>{day}. {mon}</translation>
    </message>
    <message>
        <source>{day} {mon} {year}</source>
        <translation>{day}. {mon} {year}</translation>
    </message>
    <message>
        <source>{wd} {day} {mon}</source>
        <translation>{wd}, {day}. {mon}</translation>
    </message>
    <message>
        <source>{wd} {day} {mon} {year}</source>
        <translation>{wd}, {day}. {mon} {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
</context>
<context>
    <name>DayStatus</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>teils erledigt</translation>
    </message>
    <message>
        <source>quiet day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>kommt noch</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Keep the window open</source>
        <translation>Fenster offen lassen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Save them to a file…</source>
        <translation>In Datei speichern…</translation>
    </message>
    <message>
        <source>Sets not saved (*.jsonl)</source>
        <translation>Nicht gespeicherte Sätze (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>       fix: {fix}</source>
        <translation>       Lösung: {fix}</translation>
    </message>
    <message numerus="yes">
        <source>%n built-in routines</source>
        <translation><numerusform>%n eingebautes Programm</numerusform><numerusform>%n eingebaute Programme</numerusform></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHL</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Qt did not start</source>
        <translation>Qt ist nicht gestartet</translation>
    </message>
    <message>
        <source>Qt does not load offscreen: {problem}</source>
        <translation>Qt lädt nicht ohne Bildschirm: {problem}</translation>
    </message>
    <message>
        <source>Qt {version} loads (platform {platform})</source>
        <translation>Qt {version} lädt (Plattform {platform})</translation>
    </message>
    <message>
        <source>QtMultimedia loads</source>
        <translation>QtMultimedia lädt</translation>
    </message>
    <message>
        <source>[{mark}] {name}: {detail}</source>
        <translation>[{mark}] {name}: {detail}</translation>
    </message>
    <message>
        <source>aplay found</source>
        <translation>aplay gefunden</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>Programmdateien</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>audio library</source>
        <translation>Tonbibliothek</translation>
    </message>
    <message>
        <source>audio output</source>
        <translation>Tonausgabe</translation>
    </message>
    <message>
        <source>cue cache</source>
        <translation>Ansagen-Cache</translation>
    </message>
    <message>
        <source>data dir</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>live speech player</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <source>make {folder} writable, or choose another with --data-dir DIR</source>
        <translation>mach {folder} beschreibbar oder wähle einen anderen mit --data-dir DIR</translation>
    </message>
    <message>
        <source>move or rename it; calfplayer then starts a new history there</source>
        <translation>verschieb oder benenne es um; calfplayer beginnt dann dort einen neuen Verlauf</translation>
    </message>
    <message>
        <source>not checked: Qt does not load</source>
        <translation>nicht geprüft: Qt lädt nicht</translation>
    </message>
    <message>
        <source>ok  </source>
        <translation>ok  </translation>
    </message>
    <message numerus="yes">
        <source>pyttsx3 with the {driver} driver, %n voices</source>
        <translation><numerusform>pyttsx3 mit dem Treiber {driver}, %n Stimme</numerusform><numerusform>pyttsx3 mit dem Treiber {driver}, %n Stimmen</numerusform></translation>
    </message>
    <message>
        <source>reinstall calfplayer</source>
        <translation>installiere calfplayer neu</translation>
    </message>
    <message>
        <source>reinstall calfplayer's Python packages: pip install --force-reinstall PySide6-Essentials</source>
        <translation>installiere die Python-Pakete von calfplayer neu: pip install --force-reinstall PySide6-Essentials</translation>
    </message>
    <message>
        <source>reinstall calfplayer's Python packages: pip install --force-reinstall PySide6-Essentials; and the libraries Qt needs: bash packaging/ensure-system-packages.sh window</source>
        <translation>installiere die Python-Pakete von calfplayer neu: pip install --force-reinstall PySide6-Essentials; und die Bibliotheken, die Qt braucht: bash packaging/ensure-system-packages.sh window</translation>
    </message>
    <message>
        <source>restore the backup kept beside it, or move the file away to start afresh</source>
        <translation>stell die Sicherung daneben wieder her oder verschieb die Datei, um neu anzufangen</translation>
    </message>
    <message>
        <source>speech engine</source>
        <translation>Sprachausgabe-Engine</translation>
    </message>
    <message>
        <source>the exercises or routines cannot be loaded ({problem})</source>
        <translation>die Übungen oder Programme lassen sich nicht laden ({problem})</translation>
    </message>
    <message>
        <source>update calfplayer to the version that wrote it (the file is kept as it is)</source>
        <translation>aktualisiere calfplayer auf die Version, die sie geschrieben hat (die Datei bleibt, wie sie ist)</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warn</translation>
    </message>
    <message>
        <source>{file} not created yet (it is made by the first workout)</source>
        <translation>{file} gibt es noch nicht (das erste Training legt sie an)</translation>
    </message>
    <message numerus="yes">
        <source>{file}: schema version {version} (upgraded when the window next opens), %n bytes</source>
        <translation><numerusform>{file}: Schema-Version {version} (wird beim nächsten Öffnen des Fensters aktualisiert), %n Byte</numerusform><numerusform>{file}: Schema-Version {version} (wird beim nächsten Öffnen des Fensters aktualisiert), %n Byte</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{file}: schema version {version}, %n bytes</source>
        <translation><numerusform>{file}: Schema-Version {version}, %n Byte</numerusform><numerusform>{file}: Schema-Version {version}, %n Byte</numerusform></translation>
    </message>
    <message>
        <source>{folder} is not writable ({problem})</source>
        <translation>{folder} ist nicht beschreibbar ({problem})</translation>
    </message>
    <message>
        <source>{folder} is writable</source>
        <translation>{folder} ist beschreibbar</translation>
    </message>
    <message numerus="yes">
        <source>{folder}: %n files, {size} MB</source>
        <translation><numerusform>{folder}: %n Datei, {size} MB</numerusform><numerusform>{folder}: %n Dateien, {size} MB</numerusform></translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <source>A planned workout is due</source>
        <translation>Ein geplantes Training ist fällig</translation>
    </message>
    <message>
        <source>In {minutes} min</source>
        <translation>In {minutes} Min.</translation>
    </message>
    <message numerus="yes">
        <source>Remind me in %n minute(s)</source>
        <translation><numerusform>Erinnere mich in %n Minute</numerusform><numerusform>Erinnere mich in %n Minuten</numerusform></translation>
    </message>
    <message>
        <source>Skip this routine today</source>
        <translation>Dieses Programm heute überspringen</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start the planned workout now</source>
        <translation>Das geplante Training jetzt starten</translation>
    </message>
    <message>
        <source>Time for {routine} (planned for {time})</source>
        <translation>Zeit für {routine} (geplant für {time})</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message numerus="yes">
        <source>%n value(s) to fix</source>
        <translation><numerusform>%n Wert zu korrigieren</numerusform><numerusform>%n Werte zu korrigieren</numerusform></translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Add the exercise</source>
        <translation>Die Übung hinzufügen</translation>
    </message>
    <message>
        <source>Cancel and go back</source>
        <translation>Abbrechen und zurück</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation>Dieses Programm löschen</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>EXERCISES</source>
        <translation>ÜBUNGEN</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Programm bearbeiten</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>Übung zum Hinzufügen</translation>
    </message>
    <message>
        <source>For example: Morning calves</source>
        <translation>Zum Beispiel: Waden am Morgen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Ohne Speichern verlassen?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Programm speichern</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Das Programm speichern</translation>
    </message>
    <message>
        <source>The routine is removed from your routines. Your history keeps its workouts.</source>
        <translation>Das Programm wird aus deinen Programmen entfernt. Dein Verlauf behält seine Trainings.</translation>
    </message>
    <message>
        <source>Total {minutes} min</source>
        <translation>Gesamt {minutes} min</translation>
    </message>
    <message>
        <source>What it is for (optional)</source>
        <translation>Wofür es ist (optional)</translation>
    </message>
    <message>
        <source>Your changes to this routine are not kept.</source>
        <translation>Deine Änderungen an diesem Programm gehen verloren.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>‹  Cancel</source>
        <translation>‹  Abbrechen</translation>
    </message>
</context>
<context>
    <name>Equipment</name>
    <message>
        <source>a chair</source>
        <translation>einen Stuhl</translation>
    </message>
    <message>
        <source>a mat</source>
        <translation>eine Matte</translation>
    </message>
    <message>
        <source>a resistance band</source>
        <translation>ein Widerstandsband</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>eine Stufe</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>einen Tisch</translation>
    </message>
    <message>
        <source>a wall</source>
        <translation>eine Wand</translation>
    </message>
</context>
<context>
    <name>ExercisePicture</name>
    <message>
        <source>Exercise picture</source>
        <translation>Bild der Übung</translation>
    </message>
    <message>
        <source>the arch of the foot</source>
        <translation>das Fußgewölbe</translation>
    </message>
    <message>
        <source>the calf (gastrocnemius)</source>
        <translation>die Wade (Gastrocnemius)</translation>
    </message>
    <message>
        <source>the deep calf (soleus)</source>
        <translation>die tiefe Wade (Soleus)</translation>
    </message>
    <message>
        <source>{exercise}: works {muscle}</source>
        <translation>{exercise}: trainiert {muscle}</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Bend your knees a little.</source>
        <translation>Beuge die Knie ein wenig.</translation>
    </message>
    <message>
        <source>Bend your knees and lower them to the mat when the time is up.</source>
        <translation>Wenn die Zeit um ist, beuge die Knie und setze sie auf der Matte ab.</translation>
    </message>
    <message>
        <source>Bent knees move the work to the soleus, the deeper calf muscle under the big one. Letting your heels sink below the step works it through a longer range.</source>
        <translation>Mit gebeugten Knien arbeitet vor allem der Soleus, der tiefere Wadenmuskel unter dem großen. Wenn die Fersen unter die Stufe sinken, arbeitet er über einen größeren Weg.</translation>
    </message>
    <message>
        <source>Builds the big two-headed calf muscle that runs from above the knee down to the Achilles tendon, so it supports both the ankle and the knee.</source>
        <translation>Kräftigt den großen zweiköpfigen Wadenmuskel, der von oberhalb des Knies bis zur Achillessehne reicht. So stützt er Sprunggelenk und Knie.</translation>
    </message>
    <message>
        <source>Deficit soleus raise</source>
        <translation>Soleus-Heben an der Stufe</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Downward dog</source>
        <translation>Nach unten schauender Hund</translation>
    </message>
    <message>
        <source>Ease off and step back in when the time is up.</source>
        <translation>Wenn die Zeit um ist, lass locker und komm mit dem Bein wieder nach vorn.</translation>
    </message>
    <message>
        <source>Easy to fit into your day: a minute or two of these from your chair, a few times a day, keeps your calves moving.</source>
        <translation>Passt leicht in deinen Tag: ein, zwei Minuten auf dem Stuhl, ein paar Mal am Tag, halten deine Waden in Bewegung.</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>Vorbeugen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Hold both ends near your belly, with your toes pointing up.</source>
        <translation>Halte beide Enden vor dem Bauch, die Zehen zeigen nach oben.</translation>
    </message>
    <message>
        <source>Hold the band firmly so it can't snap back at you.</source>
        <translation>Halte das Band gut fest, damit es nicht zurückschnellt.</translation>
    </message>
    <message>
        <source>Hold your arch up without curling your toes.</source>
        <translation>Halte das Fußgewölbe oben, ohne die Zehen einzukrallen.</translation>
    </message>
    <message>
        <source>Keep a hand on the table so you stay steady.</source>
        <translation>Lass eine Hand auf dem Tisch, damit du sicher stehst.</translation>
    </message>
    <message>
        <source>Keep that back leg nearly straight and press its heel down.</source>
        <translation>Halte das hintere Bein fast gestreckt und drücke seine Ferse nach unten.</translation>
    </message>
    <message>
        <source>Keep your arms straight and ease your chest toward your feet.</source>
        <translation>Halte die Arme gestreckt und bring die Brust sanft Richtung Füße.</translation>
    </message>
    <message>
        <source>Keep your back long and let your standing knee bend a little.</source>
        <translation>Halte den Rücken lang und lass das Standknie leicht gebeugt.</translation>
    </message>
    <message>
        <source>Keep your heels up for a moment.</source>
        <translation>Halte die Fersen einen Moment oben.</translation>
    </message>
    <message>
        <source>Keep your knees a little bent if the backs of your legs feel tight.</source>
        <translation>Lass die Knie leicht gebeugt, wenn die Rückseite der Beine spannt.</translation>
    </message>
    <message>
        <source>Keep your knees soft the whole time; straight knees turn this into a normal calf raise.</source>
        <translation>Lass die Knie die ganze Zeit leicht gebeugt; mit gestreckten Knien wird daraus normales Wadenheben.</translation>
    </message>
    <message>
        <source>Keep your toes long and relaxed.</source>
        <translation>Lass die Zehen lang und locker.</translation>
    </message>
    <message>
        <source>Lean in gently: a steady pull is enough.</source>
        <translation>Lehn dich sanft hinein: ein gleichmäßiges Ziehen reicht.</translation>
    </message>
    <message>
        <source>Lean your hips and front knee toward the wall until you feel a pull.</source>
        <translation>Schieb Hüfte und vorderes Knie Richtung Wand, bis du ein Ziehen spürst.</translation>
    </message>
    <message>
        <source>Let your foot come back slowly.</source>
        <translation>Lass den Fuß langsam zurückkommen.</translation>
    </message>
    <message>
        <source>Let your foot go soft when the hold ends.</source>
        <translation>Lass den Fuß locker, wenn das Halten endet.</translation>
    </message>
    <message>
        <source>Lift one foot off the floor and balance on the other.</source>
        <translation>Heb einen Fuß vom Boden und halte auf dem anderen das Gleichgewicht.</translation>
    </message>
    <message>
        <source>Lift your heels, keeping that bend in your knees.</source>
        <translation>Heb die Fersen und lass die Knie dabei gebeugt.</translation>
    </message>
    <message>
        <source>Lift your knees and push your hips up and back.</source>
        <translation>Heb die Knie an und schieb die Hüfte nach oben und hinten.</translation>
    </message>
    <message>
        <source>Loop the band under the sole of one foot.</source>
        <translation>Leg das Band als Schlaufe unter die Sohle eines Fußes.</translation>
    </message>
    <message>
        <source>Loosens a stiff ankle so your foot can bend up further, which tends to get harder with age. That makes stairs and getting out of a chair easier, and it sets you up for the strength work.</source>
        <translation>Lockert ein steifes Sprunggelenk, damit sich der Fuß weiter nach oben beugen kann – das fällt mit dem Alter oft schwerer. So gehen Treppen und das Aufstehen vom Stuhl leichter, und du bist bereit für die Kraftübungen.</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Senken</translation>
    </message>
    <message>
        <source>Lower your heel slowly to the floor.</source>
        <translation>Senk die Ferse langsam zum Boden.</translation>
    </message>
    <message>
        <source>Lower your heels slowly back to the floor.</source>
        <translation>Senk die Fersen langsam wieder zum Boden.</translation>
    </message>
    <message>
        <source>Lower your heels slowly to the floor.</source>
        <translation>Senk die Fersen langsam zum Boden.</translation>
    </message>
    <message>
        <source>Lower your heels slowly until they dip below the step.</source>
        <translation>Senk die Fersen langsam, bis sie unter die Stufe sinken.</translation>
    </message>
    <message>
        <source>Makes each calf do all the work on its own. It builds strength and muscle, and gives you a steadier ankle.</source>
        <translation>Jede Wade trägt die ganze Arbeit allein. Das baut Kraft und Muskeln auf und gibt dir ein stabileres Sprunggelenk.</translation>
    </message>
    <message>
        <source>Only tip as far as you can while keeping your back straight.</source>
        <translation>Beug dich nur so weit vor, wie dein Rücken gerade bleibt.</translation>
    </message>
    <message>
        <source>Press down through your toes to lift both heels as high as they go.</source>
        <translation>Drück über die Zehen nach unten und heb beide Fersen so hoch es geht.</translation>
    </message>
    <message>
        <source>Pull the ball of your foot back toward your heel.</source>
        <translation>Zieh den Fußballen in Richtung Ferse.</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Drücken</translation>
    </message>
    <message>
        <source>Push through the balls of your feet and lift your heels as high as you can.</source>
        <translation>Drück dich über die Fußballen hoch und heb die Fersen so hoch du kannst.</translation>
    </message>
    <message>
        <source>Push your toes away from you against the band.</source>
        <translation>Drück die Zehen gegen das Band von dir weg.</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Locker lassen</translation>
    </message>
    <message>
        <source>Resisted ankle plantarflexion</source>
        <translation>Fußstrecken gegen das Band</translation>
    </message>
    <message>
        <source>Rest one hand on a table to steady yourself.</source>
        <translation>Stütz eine Hand auf einen Tisch, um sicher zu stehen.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Rise</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Rise slowly back to standing.</source>
        <translation>Richte dich langsam wieder auf.</translation>
    </message>
    <message>
        <source>Rise up onto your toes as high as you can.</source>
        <translation>Geh so hoch auf die Zehen, wie du kannst.</translation>
    </message>
    <message>
        <source>Seated calf raise</source>
        <translation>Wadenheben im Sitzen</translation>
    </message>
    <message>
        <source>Shift your weight onto one leg.</source>
        <translation>Verlager dein Gewicht auf ein Bein.</translation>
    </message>
    <message>
        <source>Short foot</source>
        <translation>Kurzer Fuß</translation>
    </message>
    <message>
        <source>Single-leg calf raise</source>
        <translation>Einbeiniges Wadenheben</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>Einbeiniges Kreuzheben</translation>
    </message>
    <message>
        <source>Sit near the front of a chair with your feet flat on the floor.</source>
        <translation>Setz dich vorn auf einen Stuhl, die Füße flach auf dem Boden.</translation>
    </message>
    <message>
        <source>Sit on a bed, a couch or the floor with your legs out straight.</source>
        <translation>Setz dich auf ein Bett, ein Sofa oder den Boden, die Beine ausgestreckt.</translation>
    </message>
    <message>
        <source>Sit on a chair with your feet flat on the floor.</source>
        <translation>Setz dich auf einen Stuhl, die Füße flach auf dem Boden.</translation>
    </message>
    <message>
        <source>Skip this one if leaning on your hands hurts your wrists.</source>
        <translation>Lass diese Übung aus, wenn das Stützen auf die Hände deinen Handgelenken wehtut.</translation>
    </message>
    <message>
        <source>Spread your weight across all your toes, not just the big toe.</source>
        <translation>Verteil dein Gewicht auf alle Zehen, nicht nur auf den großen Zeh.</translation>
    </message>
    <message>
        <source>Squeeze your calves and hold at the top.</source>
        <translation>Spann die Waden an und halte oben.</translation>
    </message>
    <message>
        <source>Stand facing a wall and put both palms flat on it.</source>
        <translation>Stell dich mit dem Gesicht zur Wand und leg beide Handflächen flach daran.</translation>
    </message>
    <message>
        <source>Stand near a wall or a chair in case you lose your balance.</source>
        <translation>Stell dich nahe an eine Wand oder einen Stuhl, falls du das Gleichgewicht verlierst.</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on a table or a wall.</source>
        <translation>Stell dich aufrecht hin und stütz eine Hand auf einen Tisch oder eine Wand.</translation>
    </message>
    <message>
        <source>Stand tall with your feet a comfortable distance apart.</source>
        <translation>Stell dich aufrecht hin, die Füße bequem auseinander.</translation>
    </message>
    <message>
        <source>Stand with the balls of both feet on the edge of a step.</source>
        <translation>Stell dich mit beiden Fußballen auf die Kante einer Stufe.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart and rest one hand on a table.</source>
        <translation>Stell dich hüftbreit hin und stütz eine Hand auf einen Tisch.</translation>
    </message>
    <message>
        <source>Standing calf raise</source>
        <translation>Wadenheben im Stehen</translation>
    </message>
    <message>
        <source>Standing calf stretch</source>
        <translation>Wadendehnung im Stehen</translation>
    </message>
    <message>
        <source>Start on your hands and knees on the mat.</source>
        <translation>Geh auf der Matte in den Vierfüßlerstand.</translation>
    </message>
    <message>
        <source>Stop if you feel a sharp pain.</source>
        <translation>Hör auf, wenn du einen stechenden Schmerz spürst.</translation>
    </message>
    <message>
        <source>Strengthens the small muscles inside your foot. Paired with calf work, it makes your whole lower leg stronger.</source>
        <translation>Kräftigt die kleinen Muskeln im Fuß. Zusammen mit den Wadenübungen wird dein ganzer Unterschenkel stärker.</translation>
    </message>
    <message>
        <source>Stretches both calves and helps your ankles move more freely. It goes well with the strength exercises.</source>
        <translation>Dehnt beide Waden und macht die Sprunggelenke beweglicher. Passt gut zu den Kraftübungen.</translation>
    </message>
    <message>
        <source>Take a big step back with the leg you are stretching.</source>
        <translation>Mach mit dem Bein, das du dehnst, einen großen Schritt zurück.</translation>
    </message>
    <message>
        <source>The lift comes from your arch, so don't grip the floor with your toes.</source>
        <translation>Die Bewegung kommt aus dem Fußgewölbe, also kralle die Zehen nicht in den Boden.</translation>
    </message>
    <message>
        <source>Tighten your calf and stay at the top for a moment.</source>
        <translation>Spann die Wade an und bleib einen Moment oben.</translation>
    </message>
    <message>
        <source>Tip forward from your hips as your other leg lifts out behind you.</source>
        <translation>Kipp aus der Hüfte nach vorn, während sich das andere Bein nach hinten hebt.</translation>
    </message>
    <message>
        <source>Trains your balance on one leg. Your calf and ankle muscles work the whole time to keep you steady.</source>
        <translation>Trainiert dein Gleichgewicht auf einem Bein. Wade und Sprunggelenk arbeiten die ganze Zeit, damit du sicher stehst.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Use a sturdy step and keep your hand on the table.</source>
        <translation>Nimm eine stabile Stufe und lass die Hand auf dem Tisch.</translation>
    </message>
    <message>
        <source>Use your hand for balance only, not to pull yourself up.</source>
        <translation>Nutz die Hand nur fürs Gleichgewicht, nicht zum Hochziehen.</translation>
    </message>
    <message>
        <source>Works your calf through its full range without putting your weight on it. A good place to start if calf exercises are new to you.</source>
        <translation>Trainiert die Wade über ihren ganzen Bewegungsweg, ohne dein Gewicht zu tragen. Ein guter Anfang, wenn Wadenübungen neu für dich sind.</translation>
    </message>
    <message>
        <source>achilles tendon</source>
        <translation>Achillessehne</translation>
    </message>
    <message>
        <source>foot arch muscles</source>
        <translation>Fußgewölbemuskeln</translation>
    </message>
    <message>
        <source>gastrocnemius</source>
        <translation>Zwillingswadenmuskel</translation>
    </message>
    <message>
        <source>glutes</source>
        <translation>Gesäßmuskeln</translation>
    </message>
    <message>
        <source>hamstrings</source>
        <translation>hintere Oberschenkelmuskeln</translation>
    </message>
    <message>
        <source>soleus</source>
        <translation>Schollenmuskel</translation>
    </message>
</context>
<context>
    <name>FigureFile</name>
    <message>
        <source>is "{name}", but the scene has no {name}</source>
        <translation>ist "{name}", aber die Szene hat kein {name}</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must rest on the same parts as the start pose</source>
        <translation>muss auf denselben Teilen aufliegen wie die Startpose</translation>
    </message>
    <message>
        <source>the body reaches {depth} cm below the floor</source>
        <translation>der Körper reicht {depth} cm unter den Boden</translation>
    </message>
    <message>
        <source>the {limb} foot is {gap} cm short of its place</source>
        <translation>der Fuß ({limb}) ist {gap} cm von seinem Platz entfernt</translation>
    </message>
    <message>
        <source>the {limb} hand is {gap} cm short of its place</source>
        <translation>die Hand ({limb}) ist {gap} cm von ihrem Platz entfernt</translation>
    </message>
    <message>
        <source>the {part} is {gap} cm off its surface</source>
        <translation>{part} ist {gap} cm von seiner Fläche entfernt</translation>
    </message>
    <message>
        <source>x {x} is not over the {name} ({low} to {high})</source>
        <translation>x {x} ist nicht über {name} ({low} bis {high})</translation>
    </message>
    <message>
        <source>{place}: halfway between the poses</source>
        <translation>{place}: auf halbem Weg zwischen den Posen</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source> or </source>
        <comment>between the allowed values: "a" or "b"</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source>a list</source>
        <comment>a kind of JSON value</comment>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>a kind of JSON value</comment>
        <translation>eine Zahl</translation>
    </message>
    <message numerus="yes">
        <source>a number of %n digits</source>
        <translation><numerusform>eine Zahl mit %n Stelle</numerusform><numerusform>eine Zahl mit %n Stellen</numerusform></translation>
    </message>
    <message>
        <source>an object</source>
        <comment>a kind of JSON value</comment>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>contains the escape {escape}, half of a two-part character on its own</source>
        <translation>enthält das Escape {escape}, die Hälfte eines zweiteiligen Zeichens allein</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>grew while being read; at most {limit} bytes are read</source>
        <translation>wuchs beim Lesen; höchstens {limit} Bytes werden gelesen</translation>
    </message>
    <message>
        <source>grew while being read; routine files are at most 1 MB ({limit} bytes)</source>
        <translation>wuchs beim Lesen; Programmdateien sind höchstens 1 MB groß ({limit} Bytes)</translation>
    </message>
    <message>
        <source>has no "{phase}" step: the player highlights one in that phase</source>
        <translation>hat keinen Schritt "{phase}": der Player hebt in dieser Phase einen hervor</translation>
    </message>
    <message>
        <source>holds no exercise files</source>
        <translation>enthält keine Übungsdateien</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>ist ein Gerät, keine normale Datei</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file</source>
        <translation>ist eine benannte Pipe (FIFO), keine normale Datei</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>ist ein Socket, keine normale Datei</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} cannot be read)</source>
        <translation>ist kein UTF-8-Text (Byte {byte} ist nicht lesbar)</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>is not a known field (did you mean "{hint}"?)</source>
        <translation>ist kein bekanntes Feld (meintest du "{hint}"?)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine normale Datei</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column}: {reason})</source>
        <comment>{reason} is the JSON reader's own message, in English</comment>
        <translation>ist kein gültiges JSON (Zeile {line}, Spalte {column}: {reason})</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason})</source>
        <translation>ist kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>ist {length} Zeichen lang; höchstens {limit} sind erlaubt</translation>
    </message>
    <message>
        <source>is {size} bytes; at most {limit} bytes are read</source>
        <translation>ist {size} Bytes groß; höchstens {limit} Bytes werden gelesen</translation>
    </message>
    <message>
        <source>is {size} bytes; routine files are at most 1 MB ({limit} bytes)</source>
        <translation>ist {size} Bytes groß; Programmdateien sind höchstens 1 MB groß ({limit} Bytes)</translation>
    </message>
    <message>
        <source>must be a list, not {kind}</source>
        <translation>muss eine Liste sein, nicht {kind}</translation>
    </message>
    <message>
        <source>must be a number of seconds, not {kind}</source>
        <translation>muss eine Zahl von Sekunden sein, nicht {kind}</translation>
    </message>
    <message>
        <source>must be a whole number (got {value})</source>
        <translation>muss eine ganze Zahl sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>must be a whole number, not {kind}</source>
        <translation>muss eine ganze Zahl sein, nicht {kind}</translation>
    </message>
    <message>
        <source>must be an object, not {kind}</source>
        <translation>muss ein Objekt sein, nicht {kind}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} (got {value})</source>
        <translation>muss zwischen {low} und {high} liegen (erhalten: {value})</translation>
    </message>
    <message>
        <source>must be between {low} and {high} seconds (got {value})</source>
        <translation>muss zwischen {low} und {high} Sekunden liegen (erhalten: {value})</translation>
    </message>
    <message>
        <source>must be in whole or half seconds (got {value})</source>
        <translation>muss in ganzen oder halben Sekunden sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>muss Text sein, nicht {kind}</translation>
    </message>
    <message>
        <source>must be true or false, not {kind}</source>
        <translation>muss true oder false sein, nicht {kind}</translation>
    </message>
    <message>
        <source>must be {allowed} (got {value})</source>
        <comment>{allowed}: "a" or "b"</comment>
        <translation>muss {allowed} sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>must hold between {low} and {high} entries (got {count})</source>
        <translation>muss zwischen {low} und {high} Einträge haben (erhalten: {count})</translation>
    </message>
    <message>
        <source>must match the file name "{name}"</source>
        <translation>muss dem Dateinamen "{name}" entsprechen</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>nests too deeply</source>
        <translation>ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>null</source>
        <comment>a kind of JSON value</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>text</source>
        <comment>a kind of JSON value</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>the key "{key}" appears twice in one object</source>
        <translation>der Schlüssel "{key}" kommt zweimal in einem Objekt vor</translation>
    </message>
    <message>
        <source>true/false</source>
        <comment>a kind of JSON value</comment>
        <translation>true/false</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} ist keine Zahl, die JSON erlaubt</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n session(s) exported to {file}.</source>
        <translation><numerusform>%n Training nach {file} exportiert.</numerusform><numerusform>%n Trainings nach {file} exportiert.</numerusform></translation>
    </message>
    <message>
        <source>A progress report to print or save as PDF</source>
        <translation>Ein Fortschrittsbericht zum Drucken oder als PDF</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>Dieses Training löschen?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export your history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Export your history as CSV or JSON</source>
        <translation>Deinen Verlauf als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Its sets, ratings and marks are removed from your history for good.</source>
        <translation>Seine Sätze, Bewertungen und Markierungen werden endgültig aus deinem Verlauf entfernt.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Minutes of exercise each week, the last 12 weeks</source>
        <translation>Trainingsminuten pro Woche, letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Minutes per week, last 12 weeks</source>
        <translation>Minuten pro Woche, letzte 12 Wochen</translation>
    </message>
    <message>
        <source>No workouts yet. Finished sets show here the moment they are done.</source>
        <translation>Noch keine Trainings. Fertige Sätze erscheinen hier, sobald sie geschafft sind.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Pain after each rated session</source>
        <translation>Schmerz nach jedem bewerteten Training</translation>
    </message>
    <message>
        <source>Pain after each rated session, the last 12 weeks: {direction}</source>
        <translation>Schmerz nach jedem bewerteten Training, letzte 12 Wochen: {direction}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Sessions each week, the last 12 weeks; the dashed line is your weekly goal</source>
        <translation>Trainings pro Woche, letzte 12 Wochen; die gestrichelte Linie ist dein Wochenziel</translation>
    </message>
    <message>
        <source>Sessions per week, last 12 weeks</source>
        <translation>Trainings pro Woche, letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Trainings diese Woche</translation>
    </message>
    <message>
        <source>Show the chart of minutes</source>
        <translation>Diagramm der Minuten zeigen</translation>
    </message>
    <message>
        <source>Show the chart of pain</source>
        <translation>Diagramm des Schmerzes zeigen</translation>
    </message>
    <message>
        <source>Show the chart of sessions</source>
        <translation>Diagramm der Trainings zeigen</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv);;Everything (JSON) (*.json)</source>
        <translation>Tabelle (CSV) (*.csv);;Alles (JSON) (*.json)</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Streak, this week and total</source>
        <translation>Serie, diese Woche und gesamt</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>{done} of {goal}</source>
        <translation>{done} von {goal}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>At my own pace</source>
        <translation>In meinem Tempo</translation>
    </message>
    <message>
        <source>Drag to reorder</source>
        <translation>Ziehen zum Umordnen</translation>
    </message>
    <message>
        <source>Each leg</source>
        <translation>Jedes Bein</translation>
    </message>
    <message>
        <source>Each rep waits for Rep done instead of the tempo</source>
        <translation>Jede Wiederholung wartet auf „Wdh. fertig“ statt auf das Tempo</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Holds per set</source>
        <translation>Halten pro Satz</translation>
    </message>
    <message>
        <source>Left first</source>
        <translation>Links zuerst</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move {name} down</source>
        <translation>{name} nach unten</translation>
    </message>
    <message>
        <source>Move {name} up</source>
        <translation>{name} nach oben</translation>
    </message>
    <message>
        <source>Relax between holds</source>
        <translation>Lösen zwischen dem Halten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen Sätzen</translation>
    </message>
    <message>
        <source>Right first</source>
        <translation>Rechts zuerst</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>{name}: at my own pace</source>
        <translation>{name}: in meinem Tempo</translation>
    </message>
    <message>
        <source>{name}: each leg</source>
        <translation>{name}: jedes Bein</translation>
    </message>
    <message>
        <source>{name}: first side</source>
        <translation>{name}: erste Seite</translation>
    </message>
    <message>
        <source>{name}: {field}</source>
        <translation>{name}: {field}</translation>
    </message>
    <message>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Every exercise in the programme: what it does for you and how to do it. Try one on its own before it turns up in a workout.</source>
        <translation>Jede Übung im Programm: was sie dir bringt und wie sie geht. Probier eine einzeln aus, bevor sie in einem Training vorkommt.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Achte darauf</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Try {name}</source>
        <translation>{name} ausprobieren</translation>
    </message>
    <message>
        <source>Usual dose: {dosage}</source>
        <translation>Übliche Menge: {dosage}</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Warum es hilft</translation>
    </message>
    <message>
        <source>You need</source>
        <translation>Du brauchst</translation>
    </message>
    <message>
        <source>{name}: end position</source>
        <translation>{name}: Endposition</translation>
    </message>
    <message>
        <source>{name}: start position</source>
        <translation>{name}: Startposition</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n set(s) brought into your history.</source>
        <translation><numerusform>%n Satz in deinen Verlauf übernommen.</numerusform><numerusform>%n Sätze in deinen Verlauf übernommen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) not saved yet</source>
        <translation><numerusform>%n Satz noch nicht gespeichert</numerusform><numerusform>%n Sätze noch nicht gespeichert</numerusform></translation>
    </message>
    <message>
        <source>About calfplayer</source>
        <translation>Über calfplayer</translation>
    </message>
    <message>
        <source>All your data was deleted. calfplayer starts afresh.</source>
        <translation>Alle deine Daten wurden gelöscht. calfplayer beginnt neu.</translation>
    </message>
    <message>
        <source>Bring in the sets not saved?</source>
        <translation>Nicht gespeicherte Sätze übernehmen?</translation>
    </message>
    <message>
        <source>Bring them in</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Could not open {routine}: {problem}</source>
        <translation>{routine} konnte nicht geöffnet werden: {problem}</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>Save the sets not saved</source>
        <translation>Nicht gespeicherte Sätze sichern</translation>
    </message>
    <message>
        <source>Sets your history could not take before were kept in {files}. Bring them into your history now?</source>
        <translation>Sätze, die dein Verlauf vorher nicht aufnehmen konnte, liegen in {files}. Jetzt in deinen Verlauf übernehmen?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Beenden und schließen</translation>
    </message>
    <message>
        <source>Stop the workout and close?</source>
        <translation>Training beenden und schließen?</translation>
    </message>
    <message>
        <source>Stop the workout before deleting your data.</source>
        <translation>Beende das Training, bevor du deine Daten löschst.</translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation>Training beenden?</translation>
    </message>
    <message>
        <source>The sets not saved stay in {files}; bring them in with: calfplayer bring-in FILE</source>
        <translation>Die nicht gespeicherten Sätze bleiben in {files}; übernimm sie mit: calfplayer bring-in FILE</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation>Was du bisher geschafft hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Your history cannot be saved right now.</source>
        <translation>Dein Verlauf kann gerade nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>calfplayer: %n set(s) could not be saved to your history ({problem}); they were kept in {file} and the next start offers to bring them in.</source>
        <translation><numerusform>calfplayer: %n Satz konnte nicht in deinem Verlauf gespeichert werden ({problem}); er liegt in {file}, und beim nächsten Start kannst du ihn übernehmen.</numerusform><numerusform>calfplayer: %n Sätze konnten nicht in deinem Verlauf gespeichert werden ({problem}); sie liegen in {file}, und beim nächsten Start kannst du sie übernehmen.</numerusform></translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>er konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>{name} was not opened: a workout is running. Finish or stop it first.</source>
        <translation>{name} wurde nicht geöffnet: Ein Training läuft. Schließe es zuerst ab oder beende es.</translation>
    </message>
    <message numerus="yes">
        <source>{problem}

Closing now would lose %n set(s). Retry once the problem is fixed, or save them to a file; calfplayer can bring that file into your history later (calfplayer bring-in FILE).</source>
        <translation><numerusform>{problem}

Wenn du jetzt schließt, geht %n Satz verloren. Versuch es erneut, sobald das Problem behoben ist, oder speichere ihn in einer Datei; calfplayer kann diese Datei später in deinen Verlauf übernehmen (calfplayer bring-in FILE).</numerusform><numerusform>{problem}

Wenn du jetzt schließt, gehen %n Sätze verloren. Versuch es erneut, sobald das Problem behoben ist, oder speichere sie in einer Datei; calfplayer kann diese Datei später in deinen Verlauf übernehmen (calfplayer bring-in FILE).</numerusform></translation>
    </message>
</context>
<context>
    <name>Metavars</name>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>EVERY</source>
        <translation>ABSTAND</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation>ID|DATEI</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>.</source>
        <comment>decimal mark</comment>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>PainTrend</name>
    <message>
        <source>easing</source>
        <comment>pain is going down</comment>
        <translation>lässt nach</translation>
    </message>
    <message>
        <source>not enough ratings yet</source>
        <translation>noch zu wenige Bewertungen</translation>
    </message>
    <message>
        <source>rising</source>
        <comment>pain is going up</comment>
        <translation>steigt</translation>
    </message>
    <message>
        <source>steady</source>
        <comment>pain stays the same</comment>
        <translation>gleich</translation>
    </message>
</context>
<context>
    <name>PlanSettings</name>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1½ hours</source>
        <translation>1½ Stunden</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 Stunden</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 Stunden</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 Min.</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>ADD TO THE PLAN</source>
        <translation>ZUM WOCHENPLAN HINZUFÜGEN</translation>
    </message>
    <message>
        <source>Add this to the plan</source>
        <translation>Dies zum Wochenplan hinzufügen</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>Zu einer Uhrzeit</translation>
    </message>
    <message>
        <source>Choose a routine to plan.</source>
        <translation>Wähle ein Programm für den Plan.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Wähle mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Movement snacks every few hours</source>
        <translation>Bewegungspausen alle paar Stunden</translation>
    </message>
    <message>
        <source>No plan yet: add a routine below.</source>
        <translation>Noch kein Wochenplan: Füge unten ein Programm hinzu.</translation>
    </message>
    <message>
        <source>Nothing is planned on these days.</source>
        <translation>An diesen Tagen ist nichts geplant.</translation>
    </message>
    <message>
        <source>Once, at a time of day</source>
        <translation>Einmal, zu einer Uhrzeit</translation>
    </message>
    <message>
        <source>Planned day</source>
        <translation>Geplanter Tag</translation>
    </message>
    <message>
        <source>QUIET DAYS</source>
        <translation>FREIE TAGE</translation>
    </message>
    <message>
        <source>Quiet day</source>
        <translation>Freier Tag</translation>
    </message>
    <message>
        <source>REMINDERS</source>
        <translation>ERINNERUNGEN</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source>Reminders are on, now and from every login on.</source>
        <translation>Erinnerungen sind an, ab jetzt und bei jeder Anmeldung.</translation>
    </message>
    <message>
        <source>Reminders, even with the window closed</source>
        <translation>Erinnerungen, auch bei geschlossenem Fenster</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {number}: {entry}</source>
        <translation>{number} entfernen: {entry}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Routine to plan</source>
        <translation>Programm für den Plan</translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>When a planned time comes, a desktop notification with Start now, In 15 minutes and Skip today, even with the window closed; from every login on. (Also: calfplayer remind --on.)</source>
        <translation>Zur geplanten Zeit kommt eine Desktop-Benachrichtigung mit „Jetzt starten“, „In 15 Minuten“ und „Heute überspringen“, auch bei geschlossenem Fenster; ab jeder Anmeldung. (Auch: calfplayer remind --on.)</translation>
    </message>
    <message>
        <source>{what}: {day}</source>
        <translation>{what}: {day}</translation>
    </message>
</context>
<context>
    <name>PlayerController</name>
    <message>
        <source>This workout could not be saved to your history ({error}).</source>
        <translation>Dieses Training konnte nicht im Verlauf gespeichert werden ({error}).</translation>
    </message>
    <message>
        <source>Voice off for this run (--no-voice).</source>
        <translation>Stimme für diesen Start aus (--no-voice).</translation>
    </message>
    <message>
        <source>Voice unavailable: {reason}</source>
        <translation>Stimme nicht verfügbar: {reason}</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message numerus="yes">
        <source>+%n s</source>
        <translation><numerusform>+%n s</numerusform><numerusform>+%n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n seconds of rest</source>
        <translation><numerusform>%n Sekunde Pause dazu</numerusform><numerusform>%n Sekunden Pause dazu</numerusform></translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Esc</source>
        <comment>key</comment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problem mit dem Verlauf</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <comment>key</comment>
        <translation>Pfeil links</translation>
    </message>
    <message>
        <source>M</source>
        <comment>key</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Mark this exercise, set and side as painful (H)</source>
        <translation>Diese Übung, diesen Satz und diese Seite als schmerzhaft markieren (H)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Stumm (M)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Notiert</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Rep done</source>
        <translation>Wdh. fertig</translation>
    </message>
    <message>
        <source>Rep done (Enter)</source>
        <translation>Wiederholung fertig (Eingabe)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Weiter (Leertaste)</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <comment>key</comment>
        <translation>Pfeil rechts</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <translation>Die Pause überspringen</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Zur nächsten Übung springen</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>key</comment>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the workout</source>
        <translation>Das Training beenden</translation>
    </message>
    <message>
        <source>That hurt</source>
        <translation>Das tat weh</translation>
    </message>
    <message>
        <source>That hurt: mark this set</source>
        <translation>Das tat weh: diesen Satz markieren</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>Stimme aus</translation>
    </message>
    <message>
        <source>Voice off for this run (--no-voice)</source>
        <translation>Stimme für diesen Start aus (--no-voice)</translation>
    </message>
    <message>
        <source>Workout time left</source>
        <translation>Verbleibende Trainingszeit</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message numerus="yes">
        <source>%n holds of {seconds} s</source>
        <translation><numerusform>%n× {seconds} s halten</numerusform><numerusform>%n× {seconds} s halten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rep</source>
        <translation><numerusform>%n Wiederholung</numerusform><numerusform>%n Wiederholungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation><numerusform>%n Wiederholung</numerusform><numerusform>%n Wiederholungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n s hold</source>
        <translation><numerusform>%n s halten</numerusform><numerusform>%n s halten</numerusform></translation>
    </message>
    <message>
        <source>Exercise {current} of {total}</source>
        <translation>Übung {current} von {total}</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Get ready</source>
        <comment>in the ring</comment>
        <translation>Bereit?</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Hold {current} of {total}</source>
        <translation>Halten {current} von {total}</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Left leg first</source>
        <translation>Zuerst linkes Bein</translation>
    </message>
    <message>
        <source>Next: set {current} of {total}</source>
        <translation>Dann: Satz {current} von {total}</translation>
    </message>
    <message>
        <source>Next: set {current} of {total}, left leg first</source>
        <translation>Dann: Satz {current} von {total}, zuerst links</translation>
    </message>
    <message>
        <source>Next: set {current} of {total}, right leg first</source>
        <translation>Dann: Satz {current} von {total}, zuerst rechts</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Dann: {exercise}</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Locker lassen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Right leg first</source>
        <translation>Zuerst rechtes Bein</translation>
    </message>
    <message>
        <source>Set {current} of {total}</source>
        <translation>Satz {current} von {total}</translation>
    </message>
    <message>
        <source>Set {current} of {total} done</source>
        <translation>Satz {current} von {total} geschafft</translation>
    </message>
    <message>
        <source>Set {current} of {total} · {dose}</source>
        <translation>Satz {current} von {total} · {dose}</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Then: {exercise}</source>
        <translation>Danach: {exercise}</translation>
    </message>
    <message>
        <source>Your pace</source>
        <translation>Dein Tempo</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Back to workouts</source>
        <translation>Zurück zu den Trainings</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate this routine</source>
        <translation>Dieses Programm duplizieren</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Kopie bearbeiten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this routine</source>
        <translation>Dieses Programm bearbeiten</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export this routine to a file</source>
        <translation>Dieses Programm in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Get ready: {equipment}</source>
        <translation>Leg bereit: {equipment}</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>I understand the safety note</source>
        <translation>Ich habe den Sicherheitshinweis verstanden</translation>
    </message>
    <message>
        <source>No equipment needed</source>
        <translation>Keine Ausrüstung nötig</translation>
    </message>
    <message>
        <source>Start the workout</source>
        <translation>Das Training starten</translation>
    </message>
    <message>
        <source>Start workout</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>at your own pace</source>
        <translation>in deinem eigenen Tempo</translation>
    </message>
    <message>
        <source>calfplayer is for education and general fitness, not medical advice. Warm up gently, keep something steady within reach, and stop at once if you feel a sharp pain, dizziness or swelling. If you have an injury or a health condition, ask a professional first.</source>
        <translation>calfplayer dient der Information und allgemeinen Fitness und ist keine medizinische Beratung. Wärm dich sanft auf, halte etwas Stabiles in Reichweite und hör sofort auf, wenn du einen stechenden Schmerz, Schwindel oder eine Schwellung bemerkst. Wenn du eine Verletzung oder eine Erkrankung hast, frag vorher eine Fachperson.</translation>
    </message>
    <message>
        <source>{exercise}: {dose}</source>
        <translation>{exercise}: {dose}</translation>
    </message>
    <message>
        <source>{number}. {exercise}</source>
        <translation>{number}. {exercise}</translation>
    </message>
    <message>
        <source>{rest} rest between sets</source>
        <translation>{rest} Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>{sets} × %n holds of {hold}</source>
        <translation><numerusform>{sets} × %n-mal {hold} halten</numerusform><numerusform>{sets} × %n-mal {hold} halten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{sets} × %n holds of {hold}, each leg</source>
        <translation><numerusform>{sets} × %n-mal {hold} halten, je Bein</numerusform><numerusform>{sets} × %n-mal {hold} halten, je Bein</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{sets} × %n reps</source>
        <translation><numerusform>{sets} × %n Wiederholung</numerusform><numerusform>{sets} × %n Wiederholungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{sets} × %n reps, each leg</source>
        <translation><numerusform>{sets} × %n Wiederholung, je Bein</numerusform><numerusform>{sets} × %n Wiederholungen, je Bein</numerusform></translation>
    </message>
    <message>
        <source>{sets} × {hold} hold</source>
        <translation>{sets} × {hold} halten</translation>
    </message>
    <message>
        <source>{sets} × {hold} hold, each leg</source>
        <translation>{sets} × {hold} halten, je Bein</translation>
    </message>
    <message>
        <source>{up_time} {up} · {top_time} {top} · {down_time} {down}</source>
        <translation>{up_time} {up} · {top_time} {top} · {down_time} {down}</translation>
    </message>
    <message>
        <source>‹  Workouts</source>
        <translation>‹  Trainings</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>You marked "{exercise}" as hurting in {marked} of your last {count} sessions. Ease back on it and check with your clinician before doing more.</source>
        <translation>Du hast "{exercise}" in {marked} deiner letzten {count} Trainings als schmerzhaft markiert. Mach dort weniger und sprich mit deiner Physio, bevor du mehr machst.</translation>
    </message>
    <message>
        <source>Your last {count} sessions felt easy. Ready for a small step up: five more seconds in each hold of {exercises}?</source>
        <translation>Deine letzten {count} Trainings fielen dir leicht. Bereit für einen kleinen Schritt: fünf Sekunden länger Halten bei {exercises}?</translation>
    </message>
    <message>
        <source>Your last {count} sessions felt easy. Ready for a small step up: one more set of {exercises}?</source>
        <translation>Deine letzten {count} Trainings fielen dir leicht. Bereit für einen kleinen Schritt: ein Satz mehr bei {exercises}?</translation>
    </message>
    <message>
        <source>Your last {count} sessions felt easy. Ready for a small step up: two more reps in each set of {exercises}?</source>
        <translation>Deine letzten {count} Trainings fielen dir leicht. Bereit für einen kleinen Schritt: zwei Wiederholungen mehr pro Satz bei {exercises}?</translation>
    </message>
    <message>
        <source>Your pain went from {before} to {now} over your last sessions. Ease back: fewer reps or sets, or a gentler routine, and check with your clinician.</source>
        <translation>Dein Schmerz ist in deinen letzten Trainings von {before} auf {now} gestiegen. Mach weniger: weniger Wiederholungen oder Sätze oder ein sanfteres Programm, und sprich mit deiner Physio.</translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <source>A note (optional)</source>
        <translation>Eine Notiz (optional)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>HOW DID IT GO?</source>
        <translation>WIE WAR ES?</translation>
    </message>
    <message>
        <source>Kept in your history.</source>
        <translation>Im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>That hurt</source>
        <translation>Das tat weh</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>all out</source>
        <translation>maximal</translation>
    </message>
    <message>
        <source>barely</source>
        <translation>kaum</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>some</source>
        <translation>etwas</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>sehr leicht</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>am schlimmsten</translation>
    </message>
    <message>
        <source>{exercise} · set {set} · at {time}</source>
        <translation>{exercise} · Satz {set} · bei {time}</translation>
    </message>
    <message>
        <source>{exercise} · set {set} · left · at {time}</source>
        <translation>{exercise} · Satz {set} · links · bei {time}</translation>
    </message>
    <message>
        <source>{exercise} · set {set} · right · at {time}</source>
        <translation>{exercise} · Satz {set} · rechts · bei {time}</translation>
    </message>
    <message>
        <source>{scale}: not rated yet (slide to rate)</source>
        <translation>{scale}: noch nicht bewertet (zum Bewerten schieben)</translation>
    </message>
    <message>
        <source>{scale}: {value} of 10 ({word})</source>
        <translation>{scale}: {value} von 10 ({word})</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} von 10</translation>
    </message>
</context>
<context>
    <name>RemindProcess</name>
    <message>
        <source>(A test: this is how reminders look.)</source>
        <translation>(Ein Test: So sehen Erinnerungen aus.)</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>In 15 Minuten</translation>
    </message>
    <message>
        <source>Nothing is planned in the coming week: add to your plan first.</source>
        <translation>In der kommenden Woche ist nichts geplant: Füge zuerst etwas zu deinem Wochenplan hinzu.</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Heute überspringen</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>The reminder could not be shown.</source>
        <translation>Die Erinnerung konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The reminder for {routine} could not be shown ({problem}).</source>
        <translation>Die Erinnerung für {routine} konnte nicht angezeigt werden ({problem}).</translation>
    </message>
    <message>
        <source>calfplayer remind: {message}</source>
        <translation>calfplayer remind: {message}</translation>
    </message>
    <message>
        <source>reminders are already running for {folder} (process {pid}).</source>
        <translation>Erinnerungen laufen schon für {folder} (Prozess {pid}).</translation>
    </message>
    <message>
        <source>waiting for the plan's times ({folder}).</source>
        <translation>warte auf die Zeiten des Wochenplans ({folder}).</translation>
    </message>
    <message>
        <source>{message} {note}</source>
        <comment>a sample reminder's text</comment>
        <translation>{message} {note}</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <comment>a reminder as shown</comment>
        <translation>{title}: {message}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>A progress report to take to your physiotherapist</source>
        <translation>Ein Fortschrittsbericht für deine Physio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>Erster Tag:</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Meine Notizen einschließen</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Letzter Tag:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message numerus="yes">
        <source>Report saved to {file} (%n page(s)).</source>
        <translation><numerusform>Bericht unter {file} gespeichert (%n Seite).</numerusform><numerusform>Bericht unter {file} gespeichert (%n Seiten).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Report sent to the printer (%n page(s)).</source>
        <translation><numerusform>Bericht an den Drucker gesendet (%n Seite).</numerusform><numerusform>Bericht an den Drucker gesendet (%n Seiten).</numerusform></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>The report could not be printed ({reason}).</source>
        <translation>Der Bericht konnte nicht gedruckt werden ({reason}).</translation>
    </message>
    <message>
        <source>The report could not be written to {file} ({reason}).</source>
        <translation>Der Bericht konnte nicht unter {file} gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Your sessions, plan kept, each exercise planned and done, effort and pain, "that hurt" marks and steps applied, for the days you choose.</source>
        <translation>Deine Trainings, der eingehaltene Wochenplan, jede Übung geplant und geschafft, Anstrengung und Schmerz, „Das hat wehgetan“-Markierungen und angewandte Steigerungen, für die Tage deiner Wahl.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format: 9 Dec 2025</comment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>"That hurt" marks</source>
        <translation>„Das hat wehgetan“-Markierungen</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation><numerusform>%n abgeschlossen</numerusform><numerusform>%n abgeschlossen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ended early</source>
        <translation><numerusform>%n vorzeitig beendet</numerusform><numerusform>%n vorzeitig beendet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation><numerusform>%n läuft</numerusform><numerusform>%n laufen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted</source>
        <translation><numerusform>%n unterbrochen</numerusform><numerusform>%n unterbrochen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partial</source>
        <translation><numerusform>%n teilweise</numerusform><numerusform>%n teilweise</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s), average {average}, lowest {lowest}, highest {highest}</source>
        <translation><numerusform>%n Bewertung, Durchschnitt {average}, niedrigste {lowest}, höchste {highest}</numerusform><numerusform>%n Bewertungen, Durchschnitt {average}, niedrigste {lowest}, höchste {highest}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s), average {average}, lowest {lowest}, highest {highest}; first {first}, last {last}; trend: {trend}</source>
        <translation><numerusform>%n Bewertung, Durchschnitt {average}, niedrigste {lowest}, höchste {highest}; erste {first}, letzte {last}; Verlauf: {trend}</numerusform><numerusform>%n Bewertungen, Durchschnitt {average}, niedrigste {lowest}, höchste {highest}; erste {first}, letzte {last}; Verlauf: {trend}</numerusform></translation>
    </message>
    <message>
        <source>Adherence: {done} of {planned} planned times done ({percent}). A planned time counts as done when a session of its routine with at least one set done was started that day; times skipped or missed count as not done; an entry counts from the day it was added.</source>
        <translation>Einhaltung: {done} von {planned} geplanten Terminen geschafft ({percent}). Ein geplanter Termin gilt als geschafft, wenn an dem Tag ein Training seines Programms mit mindestens einem geschafften Satz begonnen wurde; übersprungene oder verpasste Termine gelten als nicht geschafft; ein Eintrag zählt ab dem Tag, an dem er hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>Calf exercise progress report</source>
        <translation>Fortschrittsbericht Wadentraining</translation>
    </message>
    <message>
        <source>Calf exercise progress report, {period}</source>
        <translation>Fortschrittsbericht Wadentraining, {period}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Done of planned over every session of the period. Each leg is counted on its own for exercises done one leg at a time; "both" is an exercise done with both legs at once. A set played again counts as played the last time.</source>
        <translation>Geschafft von geplant über alle Trainings des Zeitraums. Bei Übungen für je ein Bein zählt jedes Bein für sich; „beide“ ist eine Übung mit beiden Beinen zugleich. Ein wiederholter Satz zählt so, wie er zuletzt gespielt wurde.</translation>
    </message>
    <message>
        <source>Each exercise, planned and done</source>
        <translation>Jede Übung, geplant und geschafft</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>Effort</source>
        <comment>table column</comment>
        <translation>Anstr.</translation>
    </message>
    <message>
        <source>Effort and pain</source>
        <translation>Anstrengung und Schmerz</translation>
    </message>
    <message>
        <source>Effort of each rated session (0-10)</source>
        <translation>Anstrengung jedes bewerteten Trainings (0–10)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>How a session ended: {meanings}. Effort and pain are the week's average rating (0-10); sets are counted each leg on its own.</source>
        <translation>Wie ein Training endete: {meanings}. Anstrengung und Schmerz sind die durchschnittliche Bewertung der Woche (0–10); Sätze zählen für jedes Bein einzeln.</translation>
    </message>
    <message>
        <source>How they ended</source>
        <translation>Wie sie endeten</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Kurz gefasst</translation>
    </message>
    <message>
        <source>Left out of this report by the person.</source>
        <translation>Von der Person aus diesem Bericht ausgelassen.</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>No "that hurt" mark in this period.</source>
        <translation>Keine „Das hat wehgetan“-Markierung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No effort ratings</source>
        <translation>Keine Bewertungen der Anstrengung</translation>
    </message>
    <message>
        <source>No exercise session was logged from {first} to {last}.</source>
        <translation>Vom {first} bis {last} wurde kein Training aufgezeichnet.</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No pain ratings</source>
        <translation>Keine Bewertungen des Schmerzes</translation>
    </message>
    <message>
        <source>No plan for the week was set</source>
        <translation>Es war kein Wochenplan festgelegt</translation>
    </message>
    <message>
        <source>No sessions in this period</source>
        <translation>Keine Trainings in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No step up was applied to a routine in this period.</source>
        <translation>In diesem Zeitraum wurde keine Steigerung auf ein Programm angewandt.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
    <message>
        <source>Pain</source>
        <comment>table column</comment>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Pain after each rated session (0-10): {trend}</source>
        <translation>Schmerz nach jedem bewerteten Training (0–10): {trend}</translation>
    </message>
    <message>
        <source>Pain after sessions</source>
        <translation>Schmerz nach dem Training</translation>
    </message>
    <message>
        <source>Plan for the week</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>Plan kept</source>
        <translation>Plan eingehalten</translation>
    </message>
    <message>
        <source>Plan kept</source>
        <comment>table column</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Reps or holds</source>
        <translation>Wdh. oder Halten</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Sessions each week</source>
        <translation>Trainings pro Woche</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Trainings pro Woche</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Sets done in full</source>
        <translation>Vollständig geschaffte Sätze</translation>
    </message>
    <message>
        <source>Sets in full</source>
        <translation>Sätze ganz</translation>
    </message>
    <message>
        <source>Steps up applied</source>
        <translation>Angewandte Steigerungen</translation>
    </message>
    <message>
        <source>The person's notes</source>
        <translation>Notizen der Person</translation>
    </message>
    <message>
        <source>The plan as it is now, held against the sessions of the period:</source>
        <translation>Der Wochenplan, wie er jetzt ist, verglichen mit den Trainings des Zeitraums:</translation>
    </message>
    <message>
        <source>The plan for the week</source>
        <translation>Der Wochenplan</translation>
    </message>
    <message>
        <source>The trend compares the average of the last three pain ratings with the three before them: easing when it fell by 1 or more, rising when it rose by 1 or more, else steady.</source>
        <translation>Der Verlauf vergleicht den Durchschnitt der letzten drei Schmerzbewertungen mit den drei davor: „lässt nach“, wenn er um 1 oder mehr fiel, „steigt“, wenn er um 1 oder mehr stieg, sonst „gleichbleibend“.</translation>
    </message>
    <message>
        <source>This report comes from calfplayer, an app the person uses to follow calf-strengthening routines at home. Each set is logged the moment it ends. After a session the person may rate its effort and pain from 0 to 10 and leave a note, and during a set they may press "that hurt", which logs the exercise, set and leg.</source>
        <translation>Dieser Bericht stammt aus calfplayer, einer App, mit der die Person zu Hause Programme zur Kräftigung der Waden durchführt. Jeder Satz wird aufgezeichnet, sobald er endet. Nach einem Training kann die Person Anstrengung und Schmerz von 0 bis 10 bewerten und eine Notiz hinterlassen; während eines Satzes kann sie „Das hat wehgetan“ drücken, was Übung, Satz und Bein festhält.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Trainingszeit</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Gehaltene Zeit</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>calfplayer suggests a small step up after three completed sessions that felt easy with pain not rising, and applies it only when the person asks. When pain rises or an exercise is marked as hurting it suggests easing back and checking with a clinician; it never changes a routine for that by itself.</source>
        <translation>calfplayer schlägt nach drei abgeschlossenen Trainings, die sich leicht anfühlten und bei denen der Schmerz nicht stieg, eine kleine Steigerung vor und wendet sie nur an, wenn die Person es möchte. Steigt der Schmerz oder wird eine Übung als schmerzhaft markiert, rät es, etwas zurückzugehen und ärztlichen oder physiotherapeutischen Rat einzuholen; deshalb ändert es nie selbst ein Programm.</translation>
    </message>
    <message>
        <source>completed: every planned set done in full</source>
        <translation>abgeschlossen: jeder geplante Satz vollständig geschafft</translation>
    </message>
    <message>
        <source>ended early: stopped by the person</source>
        <translation>vorzeitig beendet: von der Person beendet</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>interrupted: the app was cut off</source>
        <translation>unterbrochen: die App wurde abgebrochen</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>not rated in this period</source>
        <translation>in diesem Zeitraum nicht bewertet</translation>
    </message>
    <message>
        <source>partial: played to the end with sets skipped or cut short</source>
        <translation>teilweise: bis zum Ende gespielt, mit übersprungenen oder verkürzten Sätzen</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>das PDF konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the report could not be started on this device</source>
        <translation>der Bericht konnte auf diesem Gerät nicht begonnen werden</translation>
    </message>
    <message>
        <source>{count} ({statuses})</source>
        <translation>{count} ({statuses})</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n hold(s)</source>
        <translation><numerusform>{done} von %n Halten</numerusform><numerusform>{done} von %n Halten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n rep(s)</source>
        <translation><numerusform>{done} von %n Wdh.</numerusform><numerusform>{done} von %n Wdh.</numerusform></translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>{done} of {planned} planned ({percent}), each leg counted</source>
        <translation>{done} von {planned} geplant ({percent}), jedes Bein gezählt</translation>
    </message>
    <message>
        <source>{done} of {planned} planned times done ({percent})</source>
        <translation>{done} von {planned} geplanten Terminen geschafft ({percent})</translation>
    </message>
    <message>
        <source>{done} of {planned} s</source>
        <translation>{done} von {planned} s</translation>
    </message>
    <message>
        <source>{minutes} min in sets (rests and pauses left out)</source>
        <translation>{minutes} Min. in Sätzen (ohne Pausen und Anhalten)</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>calfplayer's assets are missing: looked in {first} and {second}; reinstall calfplayer</source>
        <translation>Die Programmdateien von calfplayer fehlen: gesucht in {first} und {second}; installiere calfplayer neu</translation>
    </message>
</context>
<context>
    <name>ResumeCard</name>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the unfinished workout</source>
        <translation>Das unfertige Training verwerfen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Resume where you left off</source>
        <translation>Weitermachen, wo du aufgehört hast</translation>
    </message>
    <message numerus="yes">
        <source>{routine} was cut off ({date}, {time}, %n set done).</source>
        <translation><numerusform>{routine} wurde unterbrochen ({date}, {time}, %n Satz geschafft).</numerusform><numerusform>{routine} wurde unterbrochen ({date}, {time}, %n Sätze geschafft).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{routine} was cut off ({date}, {time}, %n sets done).</source>
        <translation><numerusform>{routine} wurde unterbrochen ({date}, {time}, %n Satz geschafft).</numerusform><numerusform>{routine} wurde unterbrochen ({date}, {time}, %n Sätze geschafft).</numerusform></translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Exported "{name}" to {file}.</source>
        <translation>„{name}“ nach {file} exportiert.</translation>
    </message>
    <message>
        <source>Finish or stop the workout, then drop the file again.</source>
        <translation>Schließe das Training ab oder beende es, dann zieh die Datei noch einmal herein.</translation>
    </message>
    <message>
        <source>Imported "{name}" into your routines.</source>
        <translation>„{name}“ in deine Programme importiert.</translation>
    </message>
    <message>
        <source>The routine could not be exported</source>
        <translation>Das Programm konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>{file} could not be imported</source>
        <translation>{file} konnte nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>RoutineDialogs</name>
    <message>
        <source>"{name}" has the id "{id}", which a built-in routine already uses.</source>
        <translation>„{name}“ hat die ID „{id}“, die schon ein eingebautes Programm nutzt.</translation>
    </message>
    <message>
        <source>"{name}" has the id "{id}", which one of your routines already uses.</source>
        <translation>„{name}“ hat die ID „{id}“, die schon eines deiner Programme nutzt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Keep both to add it under a new id.</source>
        <translation>Behalte beide, um es unter einer neuen ID hinzuzufügen.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace yours with it, or keep both under different ids.</source>
        <translation>Ersetze deines damit, oder behalte beide unter verschiedenen IDs.</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Programmdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This routine is already here</source>
        <translation>Dieses Programm gibt es schon</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message numerus="yes">
        <source>%n hour</source>
        <translation><numerusform>%n Stunde</numerusform><numerusform>%n Stunden</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation><numerusform>%n Stunde</numerusform><numerusform>%n Stunden</numerusform></translation>
    </message>
    <message>
        <source>a value that is not text</source>
        <translation>ein Wert, der kein Text ist</translation>
    </message>
    <message>
        <source>add up to {planned}; a routine may plan at most {limit} (fewer exercises, sets, reps or shorter times)</source>
        <translation>ergeben zusammen {planned}; ein Programm darf höchstens {limit} planen (weniger Übungen, Sätze, Wiederholungen oder kürzere Zeiten)</translation>
    </message>
    <message>
        <source>does not apply: "{id}" is a hold exercise</source>
        <translation>passt nicht: "{id}" ist eine Halteübung</translation>
    </message>
    <message>
        <source>does not apply: "{id}" is a repetition exercise</source>
        <translation>passt nicht: "{id}" ist eine Übung mit Wiederholungen</translation>
    </message>
    <message>
        <source>must be an object naming an exercise</source>
        <translation>muss ein Objekt sein, das eine Übung nennt</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and dashes, starting with a letter or digit</source>
        <translation>darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>this file uses routine format {found}; this calfplayer reads format {known} (a newer calfplayer may read it)</source>
        <translation>diese Datei nutzt Programmformat {found}; dieser calfplayer liest Format {known} (ein neuerer calfplayer kann sie vielleicht lesen)</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{value} is not a known exercise</source>
        <translation>{value} ist keine bekannte Übung</translation>
    </message>
    <message>
        <source>{value} is not a known exercise (did you mean "{hint}"?)</source>
        <translation>{value} ist keine bekannte Übung (meintest du "{hint}"?)</translation>
    </message>
</context>
<context>
    <name>RoutineLibrary</name>
    <message>
        <source>"{id}" is already used by another routine; give this one another id</source>
        <translation>"{id}" gehört schon zu einem anderen Programm; gib diesem eine andere ID</translation>
    </message>
    <message>
        <source>no routine with the id "{wanted}" (known: none); give a routine id or the path of a routine file</source>
        <translation>kein Programm mit der ID "{wanted}" (bekannt: keine); gib eine Programm-ID oder den Pfad einer Programmdatei an</translation>
    </message>
    <message>
        <source>no routine with the id "{wanted}" (known: {known}); give a routine id or the path of a routine file</source>
        <translation>kein Programm mit der ID "{wanted}" (bekannt: {known}); gib eine Programm-ID oder den Pfad einer Programmdatei an</translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>A first week of calf work, mostly sitting down: a stretch, the band, seated raises and the foot arch.</source>
        <translation>Eine erste Woche Wadentraining, meist im Sitzen: eine Dehnung, das Band, Wadenheben im Sitzen und das Fußgewölbe.</translation>
    </message>
    <message>
        <source>All nine exercises in one session: a stretch to start, strength work for both calf muscles, balance on one leg and a foot exercise to finish.</source>
        <translation>Alle neun Übungen in einem Training: zum Start eine Dehnung, Kraft für beide Wadenmuskeln, Gleichgewicht auf einem Bein und zum Schluss eine Fußübung.</translation>
    </message>
    <message>
        <source>Balance builder</source>
        <translation>Gleichgewicht aufbauen</translation>
    </message>
    <message>
        <source>Full programme</source>
        <translation>Volles Programm</translation>
    </message>
    <message>
        <source>Gentle start</source>
        <translation>Sanfter Einstieg</translation>
    </message>
    <message>
        <source>Movement snack</source>
        <translation>Bewegungssnack</translation>
    </message>
    <message>
        <source>Standing work for steadier ankles: one-leg raises, the soleus raise on a step and the one-leg hinge, with downward dog to stretch at the end.</source>
        <translation>Übungen im Stehen für stabilere Sprunggelenke: einbeiniges Wadenheben, Soleus-Heben an der Stufe und einbeiniges Vorbeugen, zum Schluss der herabschauende Hund als Dehnung.</translation>
    </message>
    <message>
        <source>This one exercise on its own, at its usual dose.</source>
        <translation>Nur diese eine Übung, in ihrer üblichen Menge.</translation>
    </message>
    <message>
        <source>Under two minutes of seated calf raises. Do it a few times a day, whenever you have been sitting for a while.</source>
        <translation>Keine zwei Minuten Wadenheben im Sitzen. Mach es ein paar Mal am Tag, immer wenn du eine Weile gesessen hast.</translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <source>A workout is running</source>
        <translation>Ein Training läuft</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation><numerusform>%n Wiederholung</numerusform><numerusform>%n Wiederholungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation><numerusform>%n Satz</numerusform><numerusform>%n Sätze</numerusform></translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the history</source>
        <translation>Zurück zum Verlauf</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this session</source>
        <translation>Dieses Training löschen</translation>
    </message>
    <message>
        <source>Done {amount}</source>
        <translation>Geschafft: {amount}</translation>
    </message>
    <message>
        <source>Earlier attempt, {attempt}</source>
        <translation>Früherer Versuch, {attempt}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>nicht gemacht</translation>
    </message>
    <message>
        <source>Not rated yet: rate it here.</source>
        <translation>Noch nicht bewertet: Bewerte es hier.</translation>
    </message>
    <message>
        <source>PLANNED AND DONE</source>
        <translation>GEPLANT UND GESCHAFFT</translation>
    </message>
    <message>
        <source>Partial {part}</source>
        <translation>Teilweise: {part}</translation>
    </message>
    <message>
        <source>Planned {amount}</source>
        <translation>Geplant: {amount}</translation>
    </message>
    <message>
        <source>That hurt: {mark}</source>
        <translation>Das hat wehgetan: {mark}</translation>
    </message>
    <message>
        <source>set {number}, attempt {attempt}: {part}</source>
        <translation>Satz {number}, Versuch {attempt}: {part}</translation>
    </message>
    <message>
        <source>set {number}: {part}</source>
        <translation>Satz {number}: {part}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n rep(s)</source>
        <translation><numerusform>{done} von %n Wiederholung</numerusform><numerusform>{done} von %n Wiederholungen</numerusform></translation>
    </message>
    <message>
        <source>{done} of {planned} s</source>
        <translation>{done} von {planned} s</translation>
    </message>
    <message>
        <source>{exercise} · left</source>
        <translation>{exercise} · links</translation>
    </message>
    <message>
        <source>{exercise} · right</source>
        <translation>{exercise} · rechts</translation>
    </message>
    <message>
        <source>{percent} % done</source>
        <translation>{percent} % geschafft</translation>
    </message>
    <message>
        <source>{seconds} s held</source>
        <translation>{seconds} s gehalten</translation>
    </message>
    <message>
        <source>{sets} · {amount}</source>
        <translation>{sets} · {amount}</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source> · hurt ×{count}</source>
        <translation> · wehgetan ×{count}</translation>
    </message>
    <message numerus="yes">
        <source>Last week · %n session(s)</source>
        <translation><numerusform>Letzte Woche · %n Training</numerusform><numerusform>Letzte Woche · %n Trainings</numerusform></translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Frühere Trainings</translation>
    </message>
    <message numerus="yes">
        <source>This week · %n session(s)</source>
        <translation><numerusform>Diese Woche · %n Training</numerusform><numerusform>Diese Woche · %n Trainings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Week of {date} · %n session(s)</source>
        <translation><numerusform>Woche vom {date} · %n Training</numerusform><numerusform>Woche vom {date} · %n Trainings</numerusform></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>pain {pain}</source>
        <translation>Schmerz {pain}</translation>
    </message>
    <message>
        <source>{date} · {time}</source>
        <translation>{date} · {time}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{when}, {routine}, {status}: {facts}</source>
        <translation>{when}, {routine}, {status}: {facts}</translation>
    </message>
    <message>
        <source>{when}, {routine}: {facts}</source>
        <translation>{when}, {routine}: {facts}</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
</context>
<context>
    <name>SettingsHistory</name>
    <message>
        <source>Delete all my data</source>
        <translation>Alle Daten löschen</translation>
    </message>
    <message>
        <source>Delete all your data?</source>
        <translation>Alle deine Daten löschen?</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Daten behalten</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Trainings pro Woche</translation>
    </message>
    <message>
        <source>Weekly goal: sessions a week</source>
        <translation>Wochenziel: Trainings pro Woche</translation>
    </message>
    <message>
        <source>Your history, settings and own routines stay on this computer. Export or back them up from the History page or the command line.</source>
        <translation>Dein Verlauf, deine Einstellungen und eigenen Programme bleiben auf diesem Computer. Exportiere oder sichere sie auf der Seite Verlauf oder über die Kommandozeile.</translation>
    </message>
    <message>
        <source>Your whole workout history, your settings, your own routines and the voice cache are removed from this computer. This cannot be undone.</source>
        <translation>Dein ganzer Trainingsverlauf, deine Einstellungen, deine eigenen Programme und der Sprachzwischenspeicher werden von diesem Computer entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Exercise pictures show the start and end still, instead of moving.</source>
        <translation>Übungsbilder zeigen Anfang und Ende als Standbild, statt sich zu bewegen.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Sprache: {language}</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Design: {theme}</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>A calfplayer window is already open on {folder}, but it did not answer; close it, or wait for it to finish starting, and try again.</source>
        <translation>Auf {folder} ist schon ein calfplayer-Fenster offen, aber es hat nicht geantwortet; schließe es oder warte, bis es fertig gestartet ist, und versuch es erneut.</translation>
    </message>
</context>
<context>
    <name>SlotState</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>kommt noch</translation>
    </message>
</context>
<context>
    <name>SpokenNumbers</name>
    <message>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <source>eighteen</source>
        <translation>achtzehn</translation>
    </message>
    <message>
        <source>eighty</source>
        <translation>achtzig</translation>
    </message>
    <message>
        <source>eleven</source>
        <translation>elf</translation>
    </message>
    <message>
        <source>fifteen</source>
        <translation>fünfzehn</translation>
    </message>
    <message>
        <source>fifty</source>
        <translation>fünfzig</translation>
    </message>
    <message>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <source>forty</source>
        <translation>vierzig</translation>
    </message>
    <message>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <source>fourteen</source>
        <translation>vierzehn</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message>
        <source>nineteen</source>
        <translation>neunzehn</translation>
    </message>
    <message>
        <source>ninety</source>
        <translation>neunzig</translation>
    </message>
    <message>
        <source>one</source>
        <translation>eins</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <source>seventeen</source>
        <translation>siebzehn</translation>
    </message>
    <message>
        <source>seventy</source>
        <translation>siebzig</translation>
    </message>
    <message>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <source>sixteen</source>
        <translation>sechzehn</translation>
    </message>
    <message>
        <source>sixty</source>
        <translation>sechzig</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>zehn</translation>
    </message>
    <message>
        <source>thirteen</source>
        <translation>dreizehn</translation>
    </message>
    <message>
        <source>thirty</source>
        <translation>dreißig</translation>
    </message>
    <message>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <source>twelve</source>
        <translation>zwölf</translation>
    </message>
    <message>
        <source>twenty</source>
        <translation>zwanzig</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>null</translation>
    </message>
    <message>
        <source>{hundreds} hundred</source>
        <comment>100, 200 ... in words; {number} is the number in digits</comment>
        <translation>{number}</translation>
    </message>
    <message>
        <source>{hundreds} hundred and {rest}</source>
        <comment>101 to 999 in words; {number} is the number in digits</comment>
        <translation>{number}</translation>
    </message>
    <message>
        <source>{tens}-{ones}</source>
        <comment>21 to 99 in words, e.g. forty-two; {number} is the number in digits</comment>
        <translation>{number}</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>StoreHistory</name>
    <message>
        <source>A new history file could not be started: {reason}</source>
        <translation>Eine neue Verlaufsdatei konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>Some of your data could not be removed: {files}.</source>
        <translation>Einige deiner Daten konnten nicht entfernt werden: {files}.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({reason}).</source>
        <translation>Die Sicherung konnte nicht nach {path} geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>The backup must go to another file than the history itself.</source>
        <translation>Die Sicherung muss in eine andere Datei als den Verlauf selbst.</translation>
    </message>
    <message>
        <source>The damaged history file {path} could not be moved aside ({reason}).</source>
        <translation>Die beschädigte Verlaufsdatei {path} konnte nicht beiseitegelegt werden ({reason}).</translation>
    </message>
    <message>
        <source>The history file {path} cannot be opened ({reason}).</source>
        <translation>Die Verlaufsdatei {path} kann nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <source>The history file {path} is damaged ({reason}).</source>
        <translation>Die Verlaufsdatei {path} ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>The history file {path} is not a database or is damaged.</source>
        <translation>Die Verlaufsdatei {path} ist keine Datenbank oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The history file {path} was written by a newer calfplayer (version {version}); update calfplayer to use it.</source>
        <translation>Die Verlaufsdatei {path} wurde von einem neueren calfplayer geschrieben (Version {version}); aktualisiere calfplayer, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>The history folder {folder} cannot be created ({reason}).</source>
        <translation>Der Verlaufsordner {folder} kann nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <source>There is no history to back up yet ({path} does not exist).</source>
        <translation>Es gibt noch keinen Verlauf zum Sichern ({path} existiert nicht).</translation>
    </message>
    <message>
        <source>Your history file was damaged, so a new one was started; the old file was kept as {kept}.</source>
        <translation>Deine Verlaufsdatei war beschädigt, darum wurde eine neue angelegt; die alte Datei liegt jetzt unter {kept}.</translation>
    </message>
    <message>
        <source>another program is holding the history file</source>
        <translation>ein anderes Programm hält die Verlaufsdatei</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file cannot use write-ahead logging ({mode})</source>
        <translation>die Datei kann kein Write-Ahead-Logging nutzen ({mode})</translation>
    </message>
    <message>
        <source>the history file is damaged</source>
        <translation>die Verlaufsdatei ist beschädigt</translation>
    </message>
    <message>
        <source>the history folder cannot be written</source>
        <translation>in den Verlaufsordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} kann nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{path} could not be restored ({reason}).</source>
        <translation>{path} konnte nicht wiederhergestellt werden ({reason}).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is a database, but not a calfplayer history.</source>
        <translation>{path} ist eine Datenbank, aber kein calfplayer-Verlauf.</translation>
    </message>
    <message>
        <source>{path} is a folder, where your history file belongs, so calfplayer cannot keep your workouts there. Move or rename it (calfplayer leaves it as it is).</source>
        <translation>{path} ist ein Ordner, wo deine Verlaufsdatei hingehört, darum kann calfplayer deine Trainings dort nicht speichern. Verschiebe oder benenne ihn um (calfplayer lässt ihn, wie er ist).</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}).</source>
        <translation>{path} ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a calfplayer history (not a database, or damaged).</source>
        <translation>{path} ist kein calfplayer-Verlauf (keine Datenbank oder beschädigt).</translation>
    </message>
    <message>
        <source>{path} is not a file, where your history file belongs, so calfplayer cannot keep your workouts there. Move or rename it (calfplayer leaves it as it is).</source>
        <translation>{path} ist keine Datei, wo deine Verlaufsdatei hingehört, darum kann calfplayer deine Trainings dort nicht speichern. Verschiebe oder benenne es um (calfplayer lässt es, wie es ist).</translation>
    </message>
    <message>
        <source>{path} was written by a newer calfplayer (version {version}); update first.</source>
        <translation>{path} wurde von einem neueren calfplayer geschrieben (Version {version}); aktualisiere zuerst.</translation>
    </message>
</context>
<context>
    <name>StorePlan</name>
    <message>
        <source>Your plan could not be read ({reason}); no plan is used.</source>
        <translation>Dein Wochenplan konnte nicht gelesen werden ({reason}); es gilt kein Wochenplan.</translation>
    </message>
    <message>
        <source>Your plan file {path} is damaged ({reason}); no plan is used.</source>
        <translation>Deine Wochenplan-Datei {path} ist beschädigt ({reason}); es gilt kein Wochenplan.</translation>
    </message>
    <message>
        <source>Your plan file {path} is damaged ({reason}); no plan is used. The damaged file was kept as {kept}.</source>
        <translation>Deine Wochenplan-Datei {path} ist beschädigt ({reason}); es gilt kein Wochenplan. Die beschädigte Datei liegt jetzt unter {kept}.</translation>
    </message>
</context>
<context>
    <name>StoreRecorder</name>
    <message numerus="yes">
        <source>Your history cannot be saved right now ({reason}). %n set is kept and will be saved as soon as possible.</source>
        <translation><numerusform>Dein Verlauf kann gerade nicht gespeichert werden ({reason}). %n Satz wird aufbewahrt und so bald wie möglich gespeichert.</numerusform><numerusform>Dein Verlauf kann gerade nicht gespeichert werden ({reason}). %n Sätze werden aufbewahrt und so bald wie möglich gespeichert.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your history cannot be saved right now ({reason}). %n sets are kept and will be saved as soon as possible.</source>
        <translation><numerusform>Dein Verlauf kann gerade nicht gespeichert werden ({reason}). %n Satz wird aufbewahrt und so bald wie möglich gespeichert.</numerusform><numerusform>Dein Verlauf kann gerade nicht gespeichert werden ({reason}). %n Sätze werden aufbewahrt und so bald wie möglich gespeichert.</numerusform></translation>
    </message>
    <message>
        <source>Your history cannot be saved right now ({reason}). Your sets will be kept and saved as soon as possible.</source>
        <translation>Dein Verlauf kann gerade nicht gespeichert werden ({reason}). Deine Sätze werden aufbewahrt und so bald wie möglich gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Your history cannot be saved right now. {reason} %n set is kept and will be saved as soon as possible.</source>
        <translation><numerusform>Dein Verlauf kann gerade nicht gespeichert werden. {reason} %n Satz wird aufbewahrt und so bald wie möglich gespeichert.</numerusform><numerusform>Dein Verlauf kann gerade nicht gespeichert werden. {reason} %n Sätze werden aufbewahrt und so bald wie möglich gespeichert.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your history cannot be saved right now. {reason} %n sets are kept and will be saved as soon as possible.</source>
        <translation><numerusform>Dein Verlauf kann gerade nicht gespeichert werden. {reason} %n Satz wird aufbewahrt und so bald wie möglich gespeichert.</numerusform><numerusform>Dein Verlauf kann gerade nicht gespeichert werden. {reason} %n Sätze werden aufbewahrt und so bald wie möglich gespeichert.</numerusform></translation>
    </message>
    <message>
        <source>Your history cannot be saved right now. {reason} Your sets will be kept and saved as soon as possible.</source>
        <translation>Dein Verlauf kann gerade nicht gespeichert werden. {reason} Deine Sätze werden aufbewahrt und so bald wie möglich gespeichert.</translation>
    </message>
    <message>
        <source>Your history could not be checked ({reason}).</source>
        <translation>Dein Verlauf konnte nicht geprüft werden ({reason}).</translation>
    </message>
    <message>
        <source>{problem} Until this is fixed, your sets are kept, and closing calfplayer saves them to a file to bring in later.</source>
        <translation>{problem} Bis das behoben ist, werden deine Sätze aufbewahrt, und beim Schließen speichert calfplayer sie in einer Datei, die du später übernehmen kannst.</translation>
    </message>
</context>
<context>
    <name>StoreSettings</name>
    <message>
        <source>Your settings could not be read ({reason}); using the defaults.</source>
        <translation>Deine Einstellungen konnten nicht gelesen werden ({reason}); es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>Your settings file was damaged ({reason}); using the defaults.</source>
        <translation>Deine Einstellungsdatei war beschädigt ({reason}); es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>Your settings file was damaged ({reason}); using the defaults. The damaged file was kept as {kept}.</source>
        <translation>Deine Einstellungsdatei war beschädigt ({reason}); es gelten die Standardwerte. Die beschädigte Datei liegt jetzt unter {kept}.</translation>
    </message>
    <message>
        <source>byte {number} is not UTF-8 text</source>
        <translation>Byte {number} ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>its brackets nest too deeply</source>
        <translation>seine Klammern sind zu tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>StoreUnsaved</name>
    <message>
        <source>a format this calfplayer does not know</source>
        <translation>ein Format, das dieser calfplayer nicht kennt</translation>
    </message>
    <message>
        <source>{path}, line {number}, cannot be read ({reason}).</source>
        <translation>{path}, Zeile {number}, kann nicht gelesen werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht gemacht</translation>
    </message>
    <message>
        <source>Time taken {taken} · planned {planned}</source>
        <translation>Dauer {taken} · geplant {planned}</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Workout done, with gaps</source>
        <translation>Training fertig, mit Lücken</translation>
    </message>
    <message>
        <source>Workout ended early</source>
        <translation>Training früher beendet</translation>
    </message>
    <message>
        <source>Workout saved</source>
        <translation>Training gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>You did {done} of %n exercise, {percent} % of the sets of {routine}. What you did is kept.</source>
        <translation><numerusform>Du hast {done} von %n Übung gemacht, {percent} % der Sätze von {routine}. Was du gemacht hast, bleibt gespeichert.</numerusform><numerusform>Du hast {done} von %n Übungen gemacht, {percent} % der Sätze von {routine}. Was du gemacht hast, bleibt gespeichert.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>You did {done} of %n exercises, {percent} % of the sets of {routine}. What you did is kept.</source>
        <translation><numerusform>Du hast {done} von %n Übung gemacht, {percent} % der Sätze von {routine}. Was du gemacht hast, bleibt gespeichert.</numerusform><numerusform>Du hast {done} von %n Übungen gemacht, {percent} % der Sätze von {routine}. Was du gemacht hast, bleibt gespeichert.</numerusform></translation>
    </message>
    <message>
        <source>You finished {routine}: every set of every exercise.</source>
        <translation>Du hast {routine} geschafft: jeden Satz jeder Übung.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n reps</source>
        <translation><numerusform>{done} von %n Wiederholung</numerusform><numerusform>{done} von %n Wiederholungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n s held</source>
        <translation><numerusform>{done} von %n s gehalten</numerusform><numerusform>{done} von %n s gehalten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n sets</source>
        <translation><numerusform>{done} von %n Satz</numerusform><numerusform>{done} von %n Sätzen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n sides and sets</source>
        <translation><numerusform>{done} von %n Seite und Satz</numerusform><numerusform>{done} von %n Seiten und Sätzen</numerusform></translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <source>A quiet day: nothing planned</source>
        <translation>Ein freier Tag: nichts geplant</translation>
    </message>
    <message>
        <source>Nothing planned today</source>
        <translation>Heute nichts geplant</translation>
    </message>
    <message>
        <source>TODAY</source>
        <translation>HEUTE</translation>
    </message>
    <message>
        <source>Today's plan</source>
        <translation>Heutiger Plan</translation>
    </message>
    <message>
        <source>Today: a quiet day: nothing planned</source>
        <translation>Heute: ein freier Tag: nichts geplant</translation>
    </message>
    <message>
        <source>Today: nothing planned today</source>
        <translation>Heute: nichts geplant</translation>
    </message>
    <message>
        <source>Today: {plan} — {state}</source>
        <translation>Heute: {plan} — {state}</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>geschafft ✓</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>later, at {time}</source>
        <translation>später, um {time}</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>skipped today</source>
        <translation>heute übersprungen</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation>noch offen</translation>
    </message>
</context>
<context>
    <name>VoiceProblems</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>aplay is missing: cues not rendered yet cannot be spoken</source>
        <translation>aplay fehlt: Ansagen, die noch nicht vorbereitet sind, können nicht gesprochen werden</translation>
    </message>
    <message>
        <source>check the sound settings of your computer</source>
        <translation>prüfe die Toneinstellungen deines Computers</translation>
    </message>
    <message>
        <source>choose a voice for {language}, or the default voice</source>
        <translation>wähle eine Stimme für {language} oder die Standardstimme</translation>
    </message>
    <message>
        <source>connect speakers or headphones, or start the sound server</source>
        <translation>schließ Lautsprecher oder Kopfhörer an oder starte den Soundserver</translation>
    </message>
    <message>
        <source>install {package}: sudo apt-get install {package}</source>
        <translation>installiere {package}: sudo apt-get install {package}</translation>
    </message>
    <message>
        <source>no audio output was found</source>
        <translation>keine Tonausgabe gefunden</translation>
    </message>
    <message>
        <source>no speech engine</source>
        <translation>keine Sprachausgabe</translation>
    </message>
    <message>
        <source>no voice speaks {language} here, so the cues are spoken in English</source>
        <translation>hier spricht keine Stimme {language}, deshalb kommen die Ansagen auf Englisch</translation>
    </message>
    <message>
        <source>reinstall calfplayer</source>
        <translation>installiere calfplayer neu</translation>
    </message>
    <message>
        <source>the audio library could not be loaded</source>
        <translation>die Tonbibliothek konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>the cue log could not be opened ({problem})</source>
        <translation>das Ansagen-Protokoll konnte nicht geöffnet werden ({problem})</translation>
    </message>
    <message>
        <source>the sound could not be played</source>
        <translation>der Ton konnte nicht abgespielt werden</translation>
    </message>
    <message>
        <source>the voice chosen in Settings does not speak {language}, so the cues are spoken in English</source>
        <translation>die in den Einstellungen gewählte Stimme spricht kein {language}, deshalb kommen die Ansagen auf Englisch</translation>
    </message>
    <message>
        <source>the voice could not be loaded ({problem})</source>
        <translation>die Stimme konnte nicht geladen werden ({problem})</translation>
    </message>
    <message>
        <source>{problem} ({detail})</source>
        <translation>{problem} ({detail})</translation>
    </message>
    <message>
        <source>{problem}; {fix}</source>
        <translation>{problem}; {fix}</translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message numerus="yes">
        <source>%n voice(s)</source>
        <translation><numerusform>%n Stimme</numerusform><numerusform>%n Stimmen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) a minute</source>
        <translation><numerusform>%n Wort pro Minute</numerusform><numerusform>%n Wörter pro Minute</numerusform></translation>
    </message>
    <message>
        <source>Beeps for “3, 2, 1” and the end of a hold</source>
        <translation>Pieptöne für „3, 2, 1“ und das Ende des Haltens</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Counts and phases</source>
        <translation>Zählen und Phasen</translation>
    </message>
    <message>
        <source>Counts only</source>
        <translation>Nur zählen</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Ansagen</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <source>Looking for voices…</source>
        <translation>Suche Stimmen…</translation>
    </message>
    <message>
        <source>No speech engine: only beeps can sound.</source>
        <translation>Keine Sprachausgabe: Nur Pieptöne sind möglich.</translation>
    </message>
    <message>
        <source>Not spoken: {reason}</source>
        <translation>Nicht gesprochen: {reason}</translation>
    </message>
    <message>
        <source>Off for this run (--no-voice): nothing is spoken or beeped until calfplayer is started without it. What you choose here is kept for then.</source>
        <translation>Für diesen Lauf aus (--no-voice): Nichts wird gesprochen oder gepiept, bis calfplayer ohne diese Option startet. Was du hier wählst, bleibt dafür gespeichert.</translation>
    </message>
    <message>
        <source>Speaking…</source>
        <translation>Spricht…</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Spoke: “{sample}”</source>
        <translation>Gesprochen: „{sample}“</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Gesprochene Ansagen</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>The voices could not be listed.</source>
        <translation>Die Stimmen konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Three, two, one. Up. Hold. Down. Five.</source>
        <translation>Drei, zwei, eins. Hoch. Halten. Runter. Fünf.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>WeekPlan</name>
    <message>
        <source>"added": "{added}" is not a date like 2026-01-31</source>
        <translation>"added": "{added}" ist kein Datum wie 2026-01-31</translation>
    </message>
    <message>
        <source>"days" is empty</source>
        <translation>"days" ist leer</translation>
    </message>
    <message>
        <source>"entries" is not a list</source>
        <translation>"entries" ist keine Liste</translation>
    </message>
    <message>
        <source>"format" is {found}, not {known}</source>
        <translation>"format" ist {found}, nicht {known}</translation>
    </message>
    <message>
        <source>"routine" is not a routine id</source>
        <translation>"routine" ist keine Programm-ID</translation>
    </message>
    <message>
        <source>"{key}" is missing or not text</source>
        <translation>"{key}" fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>"{name}" is not a day: {hint}.</source>
        <translation>"{name}" ist kein Tag: {hint}.</translation>
    </message>
    <message>
        <source>"{text}" is not a time of day: use HH:MM, from 00:00 to 23:59.</source>
        <translation>"{text}" ist keine Uhrzeit: nimm HH:MM, von 00:00 bis 23:59.</translation>
    </message>
    <message>
        <source>"{text}" is not an interval: use hours or minutes (2h, 90m, 1h30m).</source>
        <translation>"{text}" ist kein Abstand: nimm Stunden oder Minuten (2h, 90m, 1h30m).</translation>
    </message>
    <message>
        <source>"{text}" is out of range: snacks come every {low} min to every {high} hours.</source>
        <translation>"{text}" liegt außerhalb: Snacks kommen alle {low} Min. bis alle {high} Stunden.</translation>
    </message>
    <message>
        <source>No days given: {hint}.</source>
        <translation>Keine Tage angegeben: {hint}.</translation>
    </message>
    <message>
        <source>Snacks come every {low} minutes to every {high} hours.</source>
        <translation>Snacks kommen alle {low} Minuten bis alle {high} Stunden.</translation>
    </message>
    <message>
        <source>That is already in your plan.</source>
        <translation>Das steht schon in deinem Wochenplan.</translation>
    </message>
    <message>
        <source>The snacks end at {end}, which is not after they start ({start}): the last snack comes after the first.</source>
        <translation>Die Snacks enden um {end}, nicht nach ihrem Beginn ({start}): der letzte Snack kommt nach dem ersten.</translation>
    </message>
    <message numerus="yes">
        <source>There is no entry {number}: your plan has %n entries.</source>
        <translation><numerusform>Es gibt keinen Eintrag {number}: dein Wochenplan hat %n Eintrag.</numerusform><numerusform>Es gibt keinen Eintrag {number}: dein Wochenplan hat %n Einträge.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>There is no entry {number}: your plan has %n entry.</source>
        <translation><numerusform>Es gibt keinen Eintrag {number}: dein Wochenplan hat %n Eintrag.</numerusform><numerusform>Es gibt keinen Eintrag {number}: dein Wochenplan hat %n Einträge.</numerusform></translation>
    </message>
    <message>
        <source>There is no entry {number}: your plan is empty.</source>
        <translation>Es gibt keinen Eintrag {number}: dein Wochenplan ist leer.</translation>
    </message>
    <message>
        <source>entry {number}: {problem}</source>
        <translation>Eintrag {number}: {problem}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every {interval} from {start} to {end}, {days}</source>
        <comment>every 45 min from 09:00 to 17:00, Mon–Fri</comment>
        <translation>alle {interval} von {start} bis {end}, {days}</translation>
    </message>
    <message>
        <source>neither "at" (a time) nor "every" (movement snacks)</source>
        <translation>weder "at" (eine Uhrzeit) noch "every" (Bewegungssnacks)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>die Datei enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>use mon, tue, wed, thu, fri, sat, sun, a range like mon-fri, or daily</source>
        <translation>nimm mon, tue, wed, thu, fri, sat, sun, einen Bereich wie mon-fri oder daily</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <comment>Mon, Wed at 07:30</comment>
        <translation>{days} um {time}</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <comment>a run of weekdays: Mon–Fri</comment>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{where} is not a list of days</source>
        <translation>{where} ist keine Liste von Tagen</translation>
    </message>
</context>
<context>
    <name>WorkoutProgress</name>
    <message>
        <source>Workout progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>{percent} % done</source>
        <translation>{percent} % geschafft</translation>
    </message>
</context>
<context>
    <name>WorkoutsPage</name>
    <message>
        <source>Import a routine file</source>
        <translation>Eine Programmdatei importieren</translation>
    </message>
    <message>
        <source>Import routine…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Make a new routine</source>
        <translation>Ein neues Programm anlegen</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>No equipment needed</source>
        <translation>Keine Ausrüstung nötig</translation>
    </message>
    <message>
        <source>Pick a routine. Each one shows the time it takes.</source>
        <translation>Wähle ein Programm. Bei jedem steht, wie lange es dauert.</translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>You need: {equipment}</source>
        <translation>Du brauchst: {equipment}</translation>
    </message>
    <message>
        <source>{facts}. {equipment}. {description}</source>
        <translation>{facts}. {equipment}. {description}</translation>
    </message>
    <message numerus="yes">
        <source>{minutes} min · %n exercise(s)</source>
        <translation><numerusform>{minutes} min · %n Übung</numerusform><numerusform>{minutes} min · %n Übungen</numerusform></translation>
    </message>
</context>
</TS>
