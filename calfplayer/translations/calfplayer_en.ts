<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdherenceCard</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation><numerusform>%n missed</numerusform><numerusform>%n missed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation><numerusform>%n partly done</numerusform><numerusform>%n partly done</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation><numerusform>%n skipped</numerusform><numerusform>%n skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to come</source>
        <translation><numerusform>%n to come</numerusform><numerusform>%n to come</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last %n weeks: no planned time has come yet</source>
        <translation><numerusform>Last %n week: no planned time has come yet</numerusform><numerusform>Last %n weeks: no planned time has come yet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last %n weeks: {percent}% of planned times done ({done} of {planned})</source>
        <translation><numerusform>Last %n week: {percent}% of planned times done ({done} of {planned})</numerusform><numerusform>Last %n weeks: {percent}% of planned times done ({done} of {planned})</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n planned day(s) kept in a row (days with nothing planned do not break it)</source>
        <translation><numerusform>Streak: %n planned day kept in a row (days with nothing planned do not break it)</numerusform><numerusform>Streak: %n planned days kept in a row (days with nothing planned do not break it)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n planned day(s) done</source>
        <translation><numerusform>{done} of %n planned day done</numerusform><numerusform>{done} of %n planned days done</numerusform></translation>
    </message>
</context>
<context>
    <name>AppReport</name>
    <message numerus="yes">
        <source>%n line of the log of steps applied could not be read and are left out.</source>
        <translation><numerusform>%n line of the log of steps applied could not be read and are left out.</numerusform><numerusform>%n line of the log of steps applied could not be read and are left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the log of steps applied could not be read and are left out.</source>
        <translation><numerusform>%n lines of the log of steps applied could not be read and are left out.</numerusform><numerusform>%n lines of the log of steps applied could not be read and are left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n day)</source>
        <translation><numerusform>{first} to {last} (%n day)</numerusform><numerusform>{first} to {last} (%n day)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n days)</source>
        <translation><numerusform>{first} to {last} (%n days)</numerusform><numerusform>{first} to {last} (%n days)</numerusform></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>%n rating(s) from {first} to {last}, latest {latest}</source>
        <translation><numerusform>%n rating from {first} to {last}, latest {latest}</numerusform><numerusform>%n ratings from {first} to {last}, latest {latest}</numerusform></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n holds of {hold}</source>
        <translation><numerusform>%n hold of {hold}</numerusform><numerusform>%n holds of {hold}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reps, at your own pace</source>
        <translation><numerusform>%n rep, at your own pace</numerusform><numerusform>%n reps, at your own pace</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reps, {up} {up_word}, {top} {top_word}, {down} {down_word}</source>
        <comment>the length of each phase of a rep, e.g. 2 s up, 1 s top, 2 s down</comment>
        <translation><numerusform>%n rep, {up} {up_word}, {top} {top_word}, {down} {down_word}</numerusform><numerusform>%n reps, {up} {up_word}, {top} {top_word}, {down} {down_word}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{file}: valid: {name} ({id}), %n exercises, {duration}</source>
        <translation><numerusform>{file}: valid: {name} ({id}), %n exercise, {duration}</numerusform><numerusform>{file}: valid: {name} ({id}), %n exercises, {duration}</numerusform></translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message numerus="yes">
        <source>Backed up %n session to {file}.</source>
        <translation><numerusform>Backed up %n session to {file}.</numerusform><numerusform>Backed up %n session to {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n sessions to {file}.</source>
        <translation><numerusform>Backed up %n sessions to {file}.</numerusform><numerusform>Backed up %n sessions to {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Brought %n set into your history.</source>
        <translation><numerusform>Brought %n set into your history.</numerusform><numerusform>Brought %n set into your history.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Brought %n sets into your history.</source>
        <translation><numerusform>Brought %n sets into your history.</numerusform><numerusform>Brought %n sets into your history.</numerusform></translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message numerus="yes">
        <source>%n page</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n page</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n pages</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n session</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation><numerusform>%n sessions</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message numerus="yes">
        <source>%n built-in routines</source>
        <translation><numerusform>%n built-in routine</numerusform><numerusform>%n built-in routines</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>pyttsx3 with the {driver} driver, %n voices</source>
        <translation><numerusform>pyttsx3 with the {driver} driver, %n voice</numerusform><numerusform>pyttsx3 with the {driver} driver, %n voices</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{file}: schema version {version} (upgraded when the window next opens), %n bytes</source>
        <translation><numerusform>{file}: schema version {version} (upgraded when the window next opens), %n bytes</numerusform><numerusform>{file}: schema version {version} (upgraded when the window next opens), %n bytes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{file}: schema version {version}, %n bytes</source>
        <translation><numerusform>{file}: schema version {version}, %n bytes</numerusform><numerusform>{file}: schema version {version}, %n bytes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{folder}: %n files, {size} MB</source>
        <translation><numerusform>{folder}: %n file, {size} MB</numerusform><numerusform>{folder}: %n files, {size} MB</numerusform></translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message numerus="yes">
        <source>Remind me in %n minute(s)</source>
        <translation><numerusform>Remind me in %n minute</numerusform><numerusform>Remind me in %n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message numerus="yes">
        <source>%n value(s) to fix</source>
        <translation><numerusform>%n value to fix</numerusform><numerusform>%n values to fix</numerusform></translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message numerus="yes">
        <source>a number of %n digits</source>
        <translation><numerusform>a number of %n digits</numerusform><numerusform>a number of %n digits</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n session(s) exported to {file}.</source>
        <translation><numerusform>%n session exported to {file}.</numerusform><numerusform>%n sessions exported to {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n set(s) brought into your history.</source>
        <translation><numerusform>%n set brought into your history.</numerusform><numerusform>%n sets brought into your history.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) not saved yet</source>
        <translation><numerusform>%n set not saved yet</numerusform><numerusform>%n sets not saved yet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>calfplayer: %n set(s) could not be saved to your history ({problem}); they were kept in {file} and the next start offers to bring them in.</source>
        <translation><numerusform>calfplayer: %n set could not be saved to your history ({problem}); it was kept in {file} and the next start offers to bring it in.</numerusform><numerusform>calfplayer: %n sets could not be saved to your history ({problem}); they were kept in {file} and the next start offers to bring them in.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{problem}

Closing now would lose %n set(s). Retry once the problem is fixed, or save them to a file; calfplayer can bring that file into your history later (calfplayer bring-in FILE).</source>
        <translation><numerusform>{problem}

Closing now would lose %n set. Retry once the problem is fixed, or save it to a file; calfplayer can bring that file into your history later (calfplayer bring-in FILE).</numerusform><numerusform>{problem}

Closing now would lose %n sets. Retry once the problem is fixed, or save them to a file; calfplayer can bring that file into your history later (calfplayer bring-in FILE).</numerusform></translation>
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
        <translation><numerusform>Add %n second of rest</numerusform><numerusform>Add %n seconds of rest</numerusform></translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message numerus="yes">
        <source>%n holds of {seconds} s</source>
        <translation><numerusform>%n hold of {seconds} s</numerusform><numerusform>%n holds of {seconds} s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rep</source>
        <translation><numerusform>%n rep</numerusform><numerusform>%n rep</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation><numerusform>%n reps</numerusform><numerusform>%n reps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n s hold</source>
        <translation><numerusform>%n s hold</numerusform><numerusform>%n s hold</numerusform></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>{sets} × %n holds of {hold}</source>
        <translation><numerusform>{sets} × %n hold of {hold}</numerusform><numerusform>{sets} × %n holds of {hold}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{sets} × %n holds of {hold}, each leg</source>
        <translation><numerusform>{sets} × %n hold of {hold}, each leg</numerusform><numerusform>{sets} × %n holds of {hold}, each leg</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{sets} × %n reps</source>
        <translation><numerusform>{sets} × %n rep</numerusform><numerusform>{sets} × %n reps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{sets} × %n reps, each leg</source>
        <translation><numerusform>{sets} × %n rep, each leg</numerusform><numerusform>{sets} × %n reps, each leg</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>Report saved to {file} (%n page(s)).</source>
        <translation><numerusform>Report saved to {file} (%n page).</numerusform><numerusform>Report saved to {file} (%n pages).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Report sent to the printer (%n page(s)).</source>
        <translation><numerusform>Report sent to the printer (%n page).</numerusform><numerusform>Report sent to the printer (%n pages).</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message numerus="yes">
        <source>%n completed</source>
        <translation><numerusform>%n completed</numerusform><numerusform>%n completed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ended early</source>
        <translation><numerusform>%n ended early</numerusform><numerusform>%n ended early</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation><numerusform>%n in progress</numerusform><numerusform>%n in progress</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted</source>
        <translation><numerusform>%n interrupted</numerusform><numerusform>%n interrupted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partial</source>
        <translation><numerusform>%n partial</numerusform><numerusform>%n partial</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s), average {average}, lowest {lowest}, highest {highest}</source>
        <translation><numerusform>%n rating, average {average}, lowest {lowest}, highest {highest}</numerusform><numerusform>%n ratings, average {average}, lowest {lowest}, highest {highest}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s), average {average}, lowest {lowest}, highest {highest}; first {first}, last {last}; trend: {trend}</source>
        <translation><numerusform>%n rating, average {average}, lowest {lowest}, highest {highest}; first {first}, last {last}; trend: {trend}</numerusform><numerusform>%n ratings, average {average}, lowest {lowest}, highest {highest}; first {first}, last {last}; trend: {trend}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n hold(s)</source>
        <translation><numerusform>{done} of %n hold</numerusform><numerusform>{done} of %n holds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n rep(s)</source>
        <translation><numerusform>{done} of %n rep</numerusform><numerusform>{done} of %n reps</numerusform></translation>
    </message>
</context>
<context>
    <name>ResumeCard</name>
    <message numerus="yes">
        <source>{routine} was cut off ({date}, {time}, %n set done).</source>
        <translation><numerusform>{routine} was cut off ({date}, {time}, %n set done).</numerusform><numerusform>{routine} was cut off ({date}, {time}, %n set done).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{routine} was cut off ({date}, {time}, %n sets done).</source>
        <translation><numerusform>{routine} was cut off ({date}, {time}, %n sets done).</numerusform><numerusform>{routine} was cut off ({date}, {time}, %n sets done).</numerusform></translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message numerus="yes">
        <source>%n hour</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hour</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation><numerusform>%n hours</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation><numerusform>%n rep</numerusform><numerusform>%n reps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation><numerusform>%n set</numerusform><numerusform>%n sets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n rep(s)</source>
        <translation><numerusform>{done} of %n rep</numerusform><numerusform>{done} of %n reps</numerusform></translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message numerus="yes">
        <source>Last week · %n session(s)</source>
        <translation><numerusform>Last week · %n session</numerusform><numerusform>Last week · %n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This week · %n session(s)</source>
        <translation><numerusform>This week · %n session</numerusform><numerusform>This week · %n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Week of {date} · %n session(s)</source>
        <translation><numerusform>Week of {date} · %n session</numerusform><numerusform>Week of {date} · %n sessions</numerusform></translation>
    </message>
</context>
<context>
    <name>StoreRecorder</name>
    <message numerus="yes">
        <source>Your history cannot be saved right now ({reason}). %n set is kept and will be saved as soon as possible.</source>
        <translation><numerusform>Your history cannot be saved right now ({reason}). %n set is kept and will be saved as soon as possible.</numerusform><numerusform>Your history cannot be saved right now ({reason}). %n set is kept and will be saved as soon as possible.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your history cannot be saved right now ({reason}). %n sets are kept and will be saved as soon as possible.</source>
        <translation><numerusform>Your history cannot be saved right now ({reason}). %n sets are kept and will be saved as soon as possible.</numerusform><numerusform>Your history cannot be saved right now ({reason}). %n sets are kept and will be saved as soon as possible.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your history cannot be saved right now. {reason} %n set is kept and will be saved as soon as possible.</source>
        <translation><numerusform>Your history cannot be saved right now. {reason} %n set is kept and will be saved as soon as possible.</numerusform><numerusform>Your history cannot be saved right now. {reason} %n set is kept and will be saved as soon as possible.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your history cannot be saved right now. {reason} %n sets are kept and will be saved as soon as possible.</source>
        <translation><numerusform>Your history cannot be saved right now. {reason} %n sets are kept and will be saved as soon as possible.</numerusform><numerusform>Your history cannot be saved right now. {reason} %n sets are kept and will be saved as soon as possible.</numerusform></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>You did {done} of %n exercise, {percent} % of the sets of {routine}. What you did is kept.</source>
        <translation><numerusform>You did {done} of %n exercise, {percent} % of the sets of {routine}. What you did is kept.</numerusform><numerusform>You did {done} of %n exercise, {percent} % of the sets of {routine}. What you did is kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>You did {done} of %n exercises, {percent} % of the sets of {routine}. What you did is kept.</source>
        <translation><numerusform>You did {done} of %n exercises, {percent} % of the sets of {routine}. What you did is kept.</numerusform><numerusform>You did {done} of %n exercises, {percent} % of the sets of {routine}. What you did is kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n reps</source>
        <translation><numerusform>{done} of %n reps</numerusform><numerusform>{done} of %n reps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n s held</source>
        <translation><numerusform>{done} of %n s held</numerusform><numerusform>{done} of %n s held</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n sets</source>
        <translation><numerusform>{done} of %n sets</numerusform><numerusform>{done} of %n sets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n sides and sets</source>
        <translation><numerusform>{done} of %n sides and sets</numerusform><numerusform>{done} of %n sides and sets</numerusform></translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message numerus="yes">
        <source>%n voice(s)</source>
        <translation><numerusform>%n voice</numerusform><numerusform>%n voices</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) a minute</source>
        <translation><numerusform>%n word a minute</numerusform><numerusform>%n words a minute</numerusform></translation>
    </message>
</context>
<context>
    <name>WeekPlan</name>
    <message numerus="yes">
        <source>There is no entry {number}: your plan has %n entries.</source>
        <translation><numerusform>There is no entry {number}: your plan has %n entries.</numerusform><numerusform>There is no entry {number}: your plan has %n entries.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>There is no entry {number}: your plan has %n entry.</source>
        <translation><numerusform>There is no entry {number}: your plan has %n entry.</numerusform><numerusform>There is no entry {number}: your plan has %n entry.</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkoutsPage</name>
    <message numerus="yes">
        <source>{minutes} min · %n exercise(s)</source>
        <translation><numerusform>{minutes} min · %n exercise</numerusform><numerusform>{minutes} min · %n exercises</numerusform></translation>
    </message>
</context>
</TS>
