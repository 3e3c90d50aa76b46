<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutPage</name>
    <message>
        <source>Back to settings</source>
        <translation>Volver a los ajustes</translation>
    </message>
    <message>
        <source>It is for education and general fitness. It is not medical advice, a diagnosis or a treatment, and it does not know your body. Stop an exercise straight away if it causes a sharp pain, dizziness or swelling. If you have an injury, a health condition or pain that does not settle, ask your own doctor or physiotherapist before you start.</source>
        <translation>Es para informarte y para la forma física en general. No es consejo médico, ni un diagnóstico ni un tratamiento, y no conoce tu cuerpo. Deja un ejercicio en cuanto te cause un dolor agudo, mareo o hinchazón. Si tienes una lesión, una enfermedad o un dolor que no se calma, consulta a tu médico o fisioterapeuta antes de empezar.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Qt 6 and PySide6</source>
        <translation>Qt 6 y PySide6</translation>
    </message>
    <message>
        <source>Qt, PySide6 and shiboken6 are used as separate libraries, so you may replace them with your own build. Each licence's full text comes with its part, and the source of every part is published by its authors.</source>
        <translation>Qt, PySide6 y shiboken6 se usan como bibliotecas aparte, así que puedes sustituirlas por tu propia compilación. El texto completo de cada licencia acompaña a su parte, y sus autores publican el código fuente de cada parte.</translation>
    </message>
    <message>
        <source>Studies of calf exercise that the programme's advice draws on:</source>
        <translation>Estudios sobre ejercicios de pantorrilla en los que se basan los consejos del programa:</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>What it is not</source>
        <translation>Qué no es</translation>
    </message>
    <message>
        <source>What it rests on</source>
        <translation>En qué se basa</translation>
    </message>
    <message>
        <source>asks the system's speech engine to speak the counts</source>
        <translation>pide al motor de voz del sistema que diga la cuenta</translation>
    </message>
    <message>
        <source>calfplayer icon</source>
        <translation>Icono de calfplayer</translation>
    </message>
    <message>
        <source>calfplayer takes you through calf and ankle exercises at home: it shows each movement, counts the repetitions and times the holds and rests, out loud if you like. The exercises are ones physiotherapists commonly suggest for stronger calves, steadier ankles and easier walking.</source>
        <translation>calfplayer te guía en casa por ejercicios de pantorrilla y tobillo: muestra cada movimiento, cuenta las repeticiones y mide el tiempo de mantener y de los descansos, en voz alta si quieres. Son ejercicios que los fisioterapeutas suelen recomendar para tener pantorrillas más fuertes, tobillos más estables y caminar mejor.</translation>
    </message>
    <message>
        <source>finds the right folders for your data and settings</source>
        <translation>encuentra las carpetas adecuadas para tus datos y ajustes</translation>
    </message>
    <message>
        <source>the bridge between Python and Qt</source>
        <translation>el puente entre Python y Qt</translation>
    </message>
    <message>
        <source>the voice on Linux, where the app comes with it</source>
        <translation>la voz en Linux, donde la app la trae incluida</translation>
    </message>
    <message>
        <source>the window, drawing and sound</source>
        <translation>la ventana, el dibujo y el sonido</translation>
    </message>
    <message>
        <source>this app: you may share and change it under the same terms</source>
        <translation>esta app: puedes compartirla y modificarla en las mismas condiciones</translation>
    </message>
    <message>
        <source>•  {part} — {licence}: {role}</source>
        <translation>•  {part} — {licence}: {role}</translation>
    </message>
    <message>
        <source>‹  Settings</source>
        <translation>‹  Ajustes</translation>
    </message>
</context>
<context>
    <name>AdherenceCard</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n día</numerusform><numerusform>%n días</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation><numerusform>%n perdido</numerusform><numerusform>%n perdidos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation><numerusform>%n hecho en parte</numerusform><numerusform>%n hechos en parte</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation><numerusform>%n saltado</numerusform><numerusform>%n saltados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to come</source>
        <translation><numerusform>%n pendiente</numerusform><numerusform>%n pendientes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last %n weeks: no planned time has come yet</source>
        <translation><numerusform>Última %n semana: aún no ha llegado ninguna hora planificada</numerusform><numerusform>Últimas %n semanas: aún no ha llegado ninguna hora planificada</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last %n weeks: {percent}% of planned times done ({done} of {planned})</source>
        <translation><numerusform>Última %n semana: {percent} % de las horas planificadas hechas ({done} de {planned})</numerusform><numerusform>Últimas %n semanas: {percent} % de las horas planificadas hechas ({done} de {planned})</numerusform></translation>
    </message>
    <message>
        <source>Nothing is planned this week.</source>
        <translation>Esta semana no hay nada planificado.</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n planned day(s) kept in a row (days with nothing planned do not break it)</source>
        <translation><numerusform>Racha: %n día planificado cumplido seguido (los días sin nada planificado no la rompen)</numerusform><numerusform>Racha: %n días planificados cumplidos seguidos (los días sin nada planificado no la rompen)</numerusform></translation>
    </message>
    <message>
        <source>THIS WEEK'S PLAN</source>
        <translation>PLAN DE ESTA SEMANA</translation>
    </message>
    <message>
        <source>Your plan against what you did</source>
        <translation>Tu plan frente a lo que has hecho</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>salt.</translation>
    </message>
    <message>
        <source>{day}: {status}</source>
        <translation>{day}: {status}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n planned day(s) done</source>
        <translation><numerusform>{done} de %n día planificado hecho</numerusform><numerusform>{done} de %n días planificados hechos</numerusform></translation>
    </message>
</context>
<context>
    <name>AdviceCard</name>
    <message>
        <source>Apply the step</source>
        <translation>Aplicar el paso</translation>
    </message>
    <message>
        <source>Apply the step up</source>
        <translation>Aplicar el aumento</translation>
    </message>
    <message>
        <source>Apply to my copy</source>
        <translation>Aplicar a mi copia</translation>
    </message>
    <message>
        <source>Open my copy</source>
        <translation>Abrir mi copia</translation>
    </message>
    <message>
        <source>Ready for more?</source>
        <translation>¿Listo para más?</translation>
    </message>
    <message>
        <source>Saved to "{routine}". It is ready for your next workout.</source>
        <translation>Guardado en «{routine}». Está listo para tu próximo entrenamiento.</translation>
    </message>
    <message>
        <source>Saved to "{routine}". It is ready for your next workout. {problem}</source>
        <translation>Guardado en «{routine}». Está listo para tu próximo entrenamiento. {problem}</translation>
    </message>
    <message>
        <source>Step applied</source>
        <translation>Paso aplicado</translation>
    </message>
    <message>
        <source>Time to ease back</source>
        <translation>Es hora de aflojar</translation>
    </message>
    <message>
        <source>{advice} You already have your own copy, "{routine}": do that one next time.</source>
        <translation>{advice} Ya tienes tu propia copia, «{routine}»: haz esa la próxima vez.</translation>
    </message>
</context>
<context>
    <name>AppAdvice</name>
    <message>
        <source>The step could not be added to your log of changes</source>
        <translation>El paso no se pudo añadir a tu registro de cambios</translation>
    </message>
</context>
<context>
    <name>AppErrors</name>
    <message>
        <source>Close the calfplayer window first: {doing} while it keeps the history open would lose what it writes next.</source>
        <translation>Cierra primero la ventana de calfplayer: {doing} mientras mantiene abierto el historial perdería lo que escriba después.</translation>
    </message>
    <message>
        <source>Your history cannot be used.</source>
        <translation>Tu historial no se puede usar.</translation>
    </message>
    <message>
        <source>{doing} ({reason}).</source>
        <translation>{doing} ({reason}).</translation>
    </message>
    <message>
        <source>{problem} Open calfplayer to keep it aside and start a new one, or restore a backup with `calfplayer restore FILE`.</source>
        <translation>{problem} Abre calfplayer para apartarlo y empezar uno nuevo, o restaura una copia de seguridad con `calfplayer restore FILE`.</translation>
    </message>
</context>
<context>
    <name>AppHistory</name>
    <message>
        <source>"{format}" is not an export format (csv or json).</source>
        <translation>«{format}» no es un formato de exportación (csv o json).</translation>
    </message>
    <message>
        <source>That session could not be read</source>
        <translation>No se pudo leer ese entrenamiento</translation>
    </message>
    <message>
        <source>The history could not be exported to {path}</source>
        <translation>El historial no se pudo exportar a {path}</translation>
    </message>
    <message>
        <source>The rating could not be kept</source>
        <translation>La valoración no se pudo guardar</translation>
    </message>
    <message>
        <source>The session could not be deleted</source>
        <translation>El entrenamiento no se pudo borrar</translation>
    </message>
    <message>
        <source>The sets kept in {path} could not be brought in</source>
        <translation>Las series guardadas en {path} no se pudieron incorporar</translation>
    </message>
    <message>
        <source>The sets not saved could not be written to a file ({reason}).</source>
        <translation>Las series sin guardar no se pudieron escribir en un archivo ({reason}).</translation>
    </message>
    <message>
        <source>The sets not saved could not be written to {path} ({reason}).</source>
        <translation>Las series sin guardar no se pudieron escribir en {path} ({reason}).</translation>
    </message>
    <message>
        <source>The unfinished workout could not be put away</source>
        <translation>El entrenamiento sin terminar no se pudo apartar</translation>
    </message>
    <message>
        <source>Your history could not be backed up</source>
        <translation>No se pudo hacer una copia de seguridad de tu historial</translation>
    </message>
    <message>
        <source>Your history could not be read</source>
        <translation>No se pudo leer tu historial</translation>
    </message>
    <message>
        <source>Your history could not be restored</source>
        <translation>No se pudo restaurar tu historial</translation>
    </message>
    <message>
        <source>replacing the history</source>
        <translation>reemplazar el historial</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>No se pudo leer {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>AppPlan</name>
    <message>
        <source>That entry is no longer in your plan.</source>
        <translation>Esa entrada ya no está en tu plan semanal.</translation>
    </message>
    <message>
        <source>There is no routine "{id}": `calfplayer list` shows the ids of yours.</source>
        <translation>No hay ninguna rutina «{id}»: `calfplayer list` muestra los ids de las tuyas.</translation>
    </message>
    <message>
        <source>Your choice could not be saved</source>
        <translation>Tu elección no se pudo guardar</translation>
    </message>
    <message>
        <source>Your plan could not be saved</source>
        <translation>Tu plan semanal no se pudo guardar</translation>
    </message>
    <message>
        <source>{problem} Fix the file, or start a new plan with `calfplayer plan clear`.</source>
        <translation>{problem} Arregla el archivo o empieza un plan semanal nuevo con `calfplayer plan clear`.</translation>
    </message>
    <message>
        <source>{routine} at {time}</source>
        <translation>{routine} a las {time}</translation>
    </message>
    <message>
        <source>{routine}: {entry}</source>
        <translation>{routine}: {entry}</translation>
    </message>
    <message>
        <source>{routine}: {entry} (its routine no longer exists)</source>
        <translation>{routine}: {entry} (la rutina ya no existe)</translation>
    </message>
</context>
<context>
    <name>AppReminders</name>
    <message>
        <source>Reminders are off.</source>
        <translation>Los recordatorios están desactivados.</translation>
    </message>
    <message>
        <source>Reminders are on (process {pid}); they start at login from {path}.</source>
        <translation>Los recordatorios están activados (proceso {pid}); se inician al iniciar sesión desde {path}.</translation>
    </message>
    <message>
        <source>Reminders were already off.</source>
        <translation>Los recordatorios ya estaban desactivados.</translation>
    </message>
    <message>
        <source>Reminds you of your planned routines</source>
        <translation>Te recuerda tus rutinas planificadas</translation>
    </message>
    <message>
        <source>Starting reminders at login is not supported on {system} yet. Start them by hand: run `{command}` and leave it running; to have it start at login, use {how} as docs/reminders.md describes.</source>
        <translation>Iniciar los recordatorios al iniciar sesión aún no es posible en {system}. Inícialos a mano: ejecuta `{command}` y déjalo en marcha; para que se inicie al iniciar sesión, usa {how} como describe docs/reminders.md.</translation>
    </message>
    <message>
        <source>Task Scheduler (a task that runs `calfplayer remind` at log on)</source>
        <translation>el Programador de tareas (una tarea que ejecuta `calfplayer remind` al iniciar sesión)</translation>
    </message>
    <message>
        <source>The autostart entry could not be removed</source>
        <translation>La entrada de inicio automático no se pudo quitar</translation>
    </message>
    <message>
        <source>The autostart entry could not be written</source>
        <translation>La entrada de inicio automático no se pudo escribir</translation>
    </message>
    <message>
        <source>The reminder process ({pid}) did not stop.</source>
        <translation>El proceso de recordatorios ({pid}) no se detuvo.</translation>
    </message>
    <message>
        <source>The reminders could not be started</source>
        <translation>Los recordatorios no se pudieron iniciar</translation>
    </message>
    <message>
        <source>The reminders did not start: {log} may say why.</source>
        <translation>Los recordatorios no se iniciaron: {log} puede decir por qué.</translation>
    </message>
    <message>
        <source>The window could not be opened</source>
        <translation>La ventana no se pudo abrir</translation>
    </message>
    <message>
        <source>Time for {routine}</source>
        <translation>Hora de {routine}</translation>
    </message>
    <message>
        <source>calfplayer reminders</source>
        <translation>Recordatorios de calfplayer</translation>
    </message>
    <message>
        <source>launchd (a LaunchAgent that runs `calfplayer remind`)</source>
        <translation>launchd (un LaunchAgent que ejecuta `calfplayer remind`)</translation>
    </message>
    <message>
        <source>{length}, planned for {time}.</source>
        <translation>{length}, previsto a las {time}.</translation>
    </message>
    <message>
        <source>{length}, planned for {time}. Click to start it now.</source>
        <translation>{length}, previsto a las {time}. Haz clic para empezar ahora.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
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
        <translation><numerusform>%n línea del registro de pasos aplicados no se pudo leer y se omite.</numerusform><numerusform>%n líneas del registro de pasos aplicados no se pudieron leer y se omiten.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the log of steps applied could not be read and are left out.</source>
        <translation><numerusform>%n línea del registro de pasos aplicados no se pudo leer y se omite.</numerusform><numerusform>%n líneas del registro de pasos aplicados no se pudieron leer y se omiten.</numerusform></translation>
    </message>
    <message>
        <source>The period starts ({first}) after it ends ({last}).</source>
        <translation>El periodo empieza ({first}) después de terminar ({last}).</translation>
    </message>
    <message>
        <source>The person's own exercise log, made with calfplayer on {day}. Not a clinical record.</source>
        <translation>Registro de ejercicios propio de la persona, hecho con calfplayer el {day}. No es un registro clínico.</translation>
    </message>
    <message>
        <source>Your log of steps applied could not be read</source>
        <translation>No se pudo leer tu registro de pasos aplicados</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambas</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n day)</source>
        <translation><numerusform>{first} a {last} (%n día)</numerusform><numerusform>{first} a {last} (%n días)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{first} to {last} (%n days)</source>
        <translation><numerusform>{first} a {last} (%n día)</numerusform><numerusform>{first} a {last} (%n días)</numerusform></translation>
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
        <translation>«{name}» no se pudo guardar</translation>
    </message>
    <message>
        <source>"{name}" is built in and cannot be deleted.</source>
        <translation>«{name}» viene incluida y no se puede borrar.</translation>
    </message>
    <message>
        <source>The routine could not be deleted</source>
        <translation>La rutina no se pudo borrar</translation>
    </message>
    <message>
        <source>The routine could not be saved</source>
        <translation>La rutina no se pudo guardar</translation>
    </message>
    <message>
        <source>The step could not be saved</source>
        <translation>El paso no se pudo guardar</translation>
    </message>
    <message>
        <source>{path} could not be written</source>
        <translation>No se pudo escribir {path}</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Your settings could not be saved</source>
        <translation>Tus ajustes no se pudieron guardar</translation>
    </message>
</context>
<context>
    <name>AppWindowState</name>
    <message>
        <source>The window's size and place could not be saved</source>
        <translation>El tamaño y la posición de la ventana no se pudieron guardar</translation>
    </message>
</context>
<context>
    <name>AppWorkouts</name>
    <message>
        <source>That workout cannot be resumed: {problems}</source>
        <translation>Ese entrenamiento no se puede reanudar: {problems}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>A routine file could not be used: {problems}</source>
        <translation>Un archivo de rutina no se pudo usar: {problems}</translation>
    </message>
    <message>
        <source>deleting all your data</source>
        <translation>borrar todos tus datos</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un argumento</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignora el argumento explícito %r</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de los argumentos %s</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>mostrar la versión del programa y salir</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>%n rating(s) from {first} to {last}, latest {latest}</source>
        <translation><numerusform>%n valoración del {first} al {last}, la última {latest}</numerusform><numerusform>%n valoraciones del {first} al {last}, la última {latest}</numerusform></translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Aún no hay nada que mostrar</translation>
    </message>
    <message>
        <source>Rate the pain after a workout to see it here</source>
        <translation>Valora el dolor después de un entrenamiento para verlo aquí</translation>
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
        <translation>«{text}»</translation>
    </message>
    <message numerus="yes">
        <source>%n holds of {hold}</source>
        <translation><numerusform>%n vez mantener {hold}</numerusform><numerusform>%n veces mantener {hold}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reps, at your own pace</source>
        <translation><numerusform>%n repetición, a tu ritmo</numerusform><numerusform>%n repeticiones, a tu ritmo</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reps, {up} {up_word}, {top} {top_word}, {down} {down_word}</source>
        <comment>the length of each phase of a rep, e.g. 2 s up, 1 s top, 2 s down</comment>
        <translation><numerusform>%n repetición, {up} {up_word}, {top} {top_word}, {down} {down_word}</numerusform><numerusform>%n repeticiones, {up} {up_word}, {top} {top_word}, {down} {down_word}</numerusform></translation>
    </message>
    <message>
        <source>(beep end)</source>
        <translation>(pitido final)</translation>
    </message>
    <message>
        <source>(beep tick)</source>
        <translation>(pitido)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a timeline line</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Follow calf-strengthening routines at home. No command: open the window.</source>
        <translation>Sigue rutinas para fortalecer las pantorrillas en casa. Sin comando: abre la ventana.</translation>
    </message>
    <message>
        <source>add a routine file to your routines</source>
        <translation>añadir un archivo de rutina a tus rutinas</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>check Qt, speech, sound and the data folder, and say how to fix problems</source>
        <translation>comprobar Qt, la voz, el sonido y la carpeta de datos, y decir cómo arreglar los problemas</translation>
    </message>
    <message>
        <source>check a routine file</source>
        <translation>comprobar un archivo de rutina</translation>
    </message>
    <message>
        <source>done</source>
        <comment>the end of the timeline</comment>
        <translation>fin</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>hold {hold}</source>
        <translation>mantener {hold}</translation>
    </message>
    <message>
        <source>id	name	duration	exercises	source</source>
        <translation>id	nombre	duración	ejercicios	origen</translation>
    </message>
    <message>
        <source>imported "{name}" as {id} ({path})</source>
        <translation>«{name}» importada como {id} ({path})</translation>
    </message>
    <message>
        <source>keep both, giving this one a new id</source>
        <translation>conservar las dos y dar a esta un id nuevo</translation>
    </message>
    <message>
        <source>keep every file calfplayer writes under DIR (also: CALFPLAYER_DATA_DIR)</source>
        <translation>guardar todos los archivos de calfplayer en DIR (también: CALFPLAYER_DATA_DIR)</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>list the routines, one per line</source>
        <translation>listar las rutinas, una por línea</translation>
    </message>
    <message>
        <source>list the spoken cues beside the timeline</source>
        <translation>listar los avisos hablados junto al desarrollo</translation>
    </message>
    <message>
        <source>no spoken cues or beeps</source>
        <translation>sin avisos hablados ni pitidos</translation>
    </message>
    <message>
        <source>open this routine's preview</source>
        <translation>abrir la vista previa de esta rutina</translation>
    </message>
    <message>
        <source>print JSON instead of lines</source>
        <translation>mostrar JSON en lugar de líneas</translation>
    </message>
    <message>
        <source>print a routine's timeline</source>
        <translation>mostrar el desarrollo de una rutina</translation>
    </message>
    <message>
        <source>replace your routine with the same id</source>
        <translation>sustituir tu rutina con el mismo id</translation>
    </message>
    <message>
        <source>rest {seconds}</source>
        <translation>descanso {seconds}</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>set {number} of {sets}</source>
        <translation>serie {number} de {sets}</translation>
    </message>
    <message>
        <source>skipped a routine file that has problems:</source>
        <translation>se ha saltado un archivo de rutina con problemas:</translation>
    </message>
    <message>
        <source>switch to the left side ({seconds})</source>
        <translation>cambio al lado izquierdo ({seconds})</translation>
    </message>
    <message>
        <source>switch to the right side ({seconds})</source>
        <translation>cambio al lado derecho ({seconds})</translation>
    </message>
    <message>
        <source>the file to write (default: stdout)</source>
        <translation>el archivo que se escribe (por defecto: stdout)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>propia</translation>
    </message>
    <message>
        <source>which cues to list with --cues (default: coach, the most)</source>
        <translation>qué avisos lista --cues (por defecto: coach, la mayoría)</translation>
    </message>
    <message>
        <source>with --routine: start it at once</source>
        <translation>con --routine: empezarla enseguida</translation>
    </message>
    <message>
        <source>write a routine as a file</source>
        <translation>escribir una rutina como archivo</translation>
    </message>
    <message>
        <source>write one JSON line per cue played</source>
        <translation>escribir una línea JSON por cada aviso reproducido</translation>
    </message>
    <message>
        <source>wrote {id} to {file}</source>
        <translation>{id} escrita en {file}</translation>
    </message>
    <message>
        <source>{exercise}: get ready ({seconds})</source>
        <translation>{exercise}: prepárate ({seconds})</translation>
    </message>
    <message>
        <source>{exercise}: {parts} ({length})</source>
        <translation>{exercise}: {parts} ({length})</translation>
    </message>
    <message numerus="yes">
        <source>{file}: valid: {name} ({id}), %n exercises, {duration}</source>
        <translation><numerusform>{file}: válida: {name} ({id}), %n ejercicio, {duration}</numerusform><numerusform>{file}: válida: {name} ({id}), %n ejercicios, {duration}</numerusform></translation>
    </message>
    <message>
        <source>{file}: {problem}; import it with --keep-both</source>
        <translation>{file}: {problem}; impórtala con --keep-both</translation>
    </message>
    <message>
        <source>{file}: {problem}; use --replace or --keep-both</source>
        <translation>{file}: {problem}; usa --replace o --keep-both</translation>
    </message>
    <message>
        <source>{name} ({id}): {duration} in all</source>
        <translation>{name} ({id}): {duration} en total</translation>
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
        <translation><numerusform>%n sesión copiada en {file}.</numerusform><numerusform>%n sesiones copiadas en {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n sessions to {file}.</source>
        <translation><numerusform>%n sesión copiada en {file}.</numerusform><numerusform>%n sesiones copiadas en {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Brought %n set into your history.</source>
        <translation><numerusform>%n serie añadida a tu historial.</numerusform><numerusform>%n series añadidas a tu historial.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Brought %n sets into your history.</source>
        <translation><numerusform>%n serie añadida a tu historial.</numerusform><numerusform>%n series añadidas a tu historial.</numerusform></translation>
    </message>
    <message>
        <source>Restored your history from {file}.</source>
        <translation>Tu historial se ha restaurado desde {file}.</translation>
    </message>
    <message>
        <source>Restored your history from {file}. The previous history was kept as {kept}.</source>
        <translation>Tu historial se ha restaurado desde {file}. El historial anterior se ha guardado como {kept}.</translation>
    </message>
    <message>
        <source>add sets kept in FILE when the history could not take them</source>
        <translation>añadir las series guardadas en FILE cuando el historial no pudo recibirlas</translation>
    </message>
    <message>
        <source>bringing sets in</source>
        <comment>what is being done, in: Close the calfplayer window first: {doing} while ...</comment>
        <translation>añadir series</translation>
    </message>
    <message>
        <source>copy your history to FILE (safe while it runs)</source>
        <translation>copiar tu historial en FILE (seguro mientras se usa)</translation>
    </message>
    <message>
        <source>default: stdout</source>
        <translation>por defecto: stdout</translation>
    </message>
    <message>
        <source>only sessions from that day on</source>
        <translation>solo las sesiones desde ese día</translation>
    </message>
    <message>
        <source>replace your history with a backup FILE (the current one is kept aside)</source>
        <translation>sustituir tu historial por una copia FILE (el actual se guarda aparte)</translation>
    </message>
    <message>
        <source>write your workout history as CSV or JSON</source>
        <translation>escribir tu historial de entrenamientos como CSV o JSON</translation>
    </message>
    <message>
        <source>{text} is not a date like 2026-01-31</source>
        <translation>{text} no es una fecha como 2026-01-31</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>--start needs --routine ID|FILE</source>
        <translation>--start necesita --routine ID|FILE</translation>
    </message>
    <message>
        <source>calfplayer: {message}</source>
        <translation>calfplayer: {message}</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error})</source>
        <translation>error inesperado ({kind}: {error})</translation>
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
        <translation>Añadido: {number}. {entry}</translation>
    </message>
    <message>
        <source>Due now: {name} (planned for {time})</source>
        <translation>Toca ahora: {name} (previsto a las {time})</translation>
    </message>
    <message>
        <source>Next: {name} at {time} on {weekday}</source>
        <translation>Siguiente: {name} a las {time} el {weekday}</translation>
    </message>
    <message>
        <source>Next: {name} at {time} today</source>
        <translation>Siguiente: {name} a las {time} hoy</translation>
    </message>
    <message>
        <source>Next: {name} at {time} tomorrow</source>
        <translation>Siguiente: {name} a las {time} mañana</translation>
    </message>
    <message>
        <source>No plan yet. Add to it with, for example:</source>
        <translation>Aún no hay plan semanal. Añade algo, por ejemplo:</translation>
    </message>
    <message>
        <source>Nothing is planned in the coming week.</source>
        <translation>No hay nada previsto para la próxima semana.</translation>
    </message>
    <message>
        <source>Quiet days: {days}</source>
        <translation>Días libres: {days}</translation>
    </message>
    <message>
        <source>Removed {number}. {entry}</source>
        <translation>Eliminado: {number}. {entry}</translation>
    </message>
    <message>
        <source>Today, {weekday} {day} {month}:</source>
        <translation>Hoy, {weekday} {day} de {month}:</translation>
    </message>
    <message>
        <source>With no action: your plan, today's planned times and what is due next.</source>
        <translation>Sin acción: tu plan, las horas previstas para hoy y lo que toca después.</translation>
    </message>
    <message>
        <source>Your plan is empty.</source>
        <translation>Tu plan semanal está vacío.</translation>
    </message>
    <message>
        <source>Your plan is empty. The damaged plan file was kept as {kept}.</source>
        <translation>Tu plan semanal está vacío. El archivo dañado del plan se ha guardado como {kept}.</translation>
    </message>
    <message>
        <source>Your plan:</source>
        <translation>Tu plan semanal:</translation>
    </message>
    <message>
        <source>a movement snack every few hours between two times</source>
        <translation>una pausa activa cada pocas horas entre dos horas</translation>
    </message>
    <message>
        <source>a routine on some weekdays at a time</source>
        <translation>una rutina algunos días de la semana a una hora</translation>
    </message>
    <message>
        <source>days with nothing planned (or: none)</source>
        <translation>días sin nada previsto (o: none)</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>hecho ✓</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>toca ahora</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>primera hora</translation>
    </message>
    <message>
        <source>how often: 2h, 90m, 1h30m</source>
        <translation>cada cuánto: 2h, 90m, 1h30m</translation>
    </message>
    <message>
        <source>last time</source>
        <translation>última hora</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>mon,wed,fri or mon-fri or daily</source>
        <translation>mon,wed,fri o mon-fri o daily</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no quiet days</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nada previsto</translation>
    </message>
    <message>
        <source>put off until {time}</source>
        <translation>aplazado hasta las {time}</translation>
    </message>
    <message>
        <source>remove entry N (as `calfplayer plan` numbers it)</source>
        <translation>eliminar la entrada N (numerada como en `calfplayer plan`)</translation>
    </message>
    <message>
        <source>remove the whole plan</source>
        <translation>eliminar todo el plan</translation>
    </message>
    <message>
        <source>sat,sun or none</source>
        <translation>sat,sun o none</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>the routine's id (`calfplayer list`)</source>
        <translation>el id de la rutina (`calfplayer list`)</translation>
    </message>
    <message>
        <source>the time of day, e.g. 18:00</source>
        <translation>la hora, p. ej. 18:00</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>which days (default: daily)</source>
        <translation>qué días (por defecto: daily)</translation>
    </message>
    <message>
        <source>your plan for the week: show it and what is due next, or change it</source>
        <translation>tu plan semanal: verlo y lo que toca después, o cambiarlo</translation>
    </message>
    <message>
        <source>{entry}: {state}</source>
        <translation>{entry}: {state}</translation>
    </message>
    <message>
        <source>{problem} Fix the file, or start a new plan with `calfplayer plan clear`.</source>
        <translation>{problem} Arregla el archivo o empieza un plan nuevo con `calfplayer plan clear`.</translation>
    </message>
    <message>
        <source>{problem} Or none, for no quiet days.</source>
        <translation>{problem} O none, para no tener días libres.</translation>
    </message>
</context>
<context>
    <name>CliRemind</name>
    <message>
        <source>At login: not supported here yet (`calfplayer remind --on` says how to start it)</source>
        <translation>Al iniciar sesión: aún no es posible aquí (`calfplayer remind --on` dice cómo iniciarlo)</translation>
    </message>
    <message>
        <source>At login: off</source>
        <translation>Al iniciar sesión: desactivado</translation>
    </message>
    <message>
        <source>At login: on ({entry})</source>
        <translation>Al iniciar sesión: activado ({entry})</translation>
    </message>
    <message>
        <source>Running: no</source>
        <translation>En marcha: no</translation>
    </message>
    <message>
        <source>Running: yes (process {pid})</source>
        <translation>En marcha: sí (proceso {pid})</translation>
    </message>
    <message>
        <source>Shown: {reminder}</source>
        <translation>Mostrado: {reminder}</translation>
    </message>
    <message>
        <source>With no option: wait in the foreground and put up a notification when a planned time comes due, with Start now, In 15 minutes and Skip today. One runs per data folder. Options given before `remind` (--no-voice) go on to the window it opens.</source>
        <translation>Sin opción: espera en primer plano y muestra una notificación cuando llega una hora prevista, con Empezar ahora, En 15 minutos y Saltar hoy. Se ejecuta uno por carpeta de datos. Las opciones dadas antes de `remind` (--no-voice) pasan a la ventana que abre.</translation>
    </message>
    <message>
        <source>calfplayer remind: {message}</source>
        <translation>calfplayer remind: {message}</translation>
    </message>
    <message>
        <source>remind from now on and at every login</source>
        <translation>recordar desde ahora y en cada inicio de sesión</translation>
    </message>
    <message>
        <source>remind you of your plan with desktop notifications, even with the window closed</source>
        <translation>recordarte tu plan con notificaciones del escritorio, también con la ventana cerrada</translation>
    </message>
    <message>
        <source>show a reminder now, as a sample</source>
        <translation>mostrar ahora un recordatorio de ejemplo</translation>
    </message>
    <message>
        <source>stop reminding, now and at login</source>
        <translation>dejar de recordar, ahora y al iniciar sesión</translation>
    </message>
    <message>
        <source>whether it is on and running, and what is next</source>
        <translation>si está activado y en marcha, y qué toca después</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message numerus="yes">
        <source>%n page</source>
        <translation><numerusform>%n página</numerusform><numerusform>%n páginas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n página</numerusform><numerusform>%n páginas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session</source>
        <translation><numerusform>%n sesión</numerusform><numerusform>%n sesiones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation><numerusform>%n sesión</numerusform><numerusform>%n sesiones</numerusform></translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} es posterior a --to {last}</translation>
    </message>
    <message>
        <source>A PDF of your sessions, plan kept, each exercise planned and done, effort and pain, "that hurt" marks, notes and steps applied. Default: the last four weeks.</source>
        <translation>Un PDF de tus sesiones: plan cumplido, cada ejercicio previsto y hecho, esfuerzo y dolor, marcas de «Me ha dolido», notas y progresiones aplicadas. Por defecto: las últimas cuatro semanas.</translation>
    </message>
    <message>
        <source>The report could not be written to {file} ({problem}).</source>
        <translation>No se ha podido escribir el informe en {file} ({problem}).</translation>
    </message>
    <message>
        <source>Wrote {file}: {pages} ({paper}), {sessions} from {first} to {last}.</source>
        <comment>{pages}: the page count; {sessions}: the session count</comment>
        <translation>{file} escrito: {pages} ({paper}), {sessions} del {first} al {last}.</translation>
    </message>
    <message>
        <source>a progress report (PDF) to take to your physiotherapist</source>
        <translation>un informe de progreso (PDF) para tu fisioterapeuta</translation>
    </message>
    <message>
        <source>default: Letter where your locale measures in US units, else A4</source>
        <translation>por defecto: Letter donde tu configuración regional usa medidas de EE. UU., si no A4</translation>
    </message>
    <message>
        <source>leave your notes out</source>
        <translation>dejar fuera tus notas</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>el primer día</translation>
    </message>
    <message>
        <source>the last day (default: today)</source>
        <translation>el último día (por defecto: hoy)</translation>
    </message>
    <message>
        <source>{text} is not a date like 2026-11-30</source>
        <translation>{text} no es una fecha como 2026-11-30</translation>
    </message>
</context>
<context>
    <name>CueLevel</name>
    <message>
        <source>Coach</source>
        <translation>Entrenador</translation>
    </message>
    <message>
        <source>Counts and phases</source>
        <translation>Conteo y fases</translation>
    </message>
    <message>
        <source>Counts only</source>
        <translation>Solo conteo</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Halfway.</source>
        <translation>Mitad.</translation>
    </message>
    <message>
        <source>Next: {exercise}.</source>
        <comment>spoken before an exercise</comment>
        <translation>Ahora: {exercise}.</translation>
    </message>
    <message>
        <source>Rest, {duration}.</source>
        <comment>spoken: rest between sets</comment>
        <translation>Descanso, {duration}.</translation>
    </message>
    <message>
        <source>Start with your left leg.</source>
        <translation>Empieza con la pierna izquierda.</translation>
    </message>
    <message>
        <source>Start with your right leg.</source>
        <translation>Empieza con la pierna derecha.</translation>
    </message>
    <message>
        <source>Switch to your left leg.</source>
        <translation>Cambia a la pierna izquierda.</translation>
    </message>
    <message>
        <source>Switch to your right leg.</source>
        <translation>Cambia a la pierna derecha.</translation>
    </message>
    <message>
        <source>Ten seconds left.</source>
        <translation>Quedan diez segundos.</translation>
    </message>
    <message>
        <source>Workout complete. Well done.</source>
        <translation>Entrenamiento terminado. Bien hecho.</translation>
    </message>
    <message>
        <source>one minute</source>
        <translation>un minuto</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <comment>spoken; {minutes} in words</comment>
        <translation>{minutes} minutos</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <comment>spoken; {seconds} in words</comment>
        <translation>{seconds} segundos</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>mayo</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month</comment>
        <translation>may</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{day} {mon}</source>
        <translation>{day} {mon}</translation>
    </message>
    <message>
        <source>{day} {mon} {year}</source>
        <translation>{day} {mon} {year}</translation>
    </message>
    <message>
        <source>{wd} {day} {mon}</source>
        <translation>{wd} {day} {mon}</translation>
    </message>
    <message>
        <source>{wd} {day} {mon} {year}</source>
        <translation>{wd} {day} {mon} {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day} de {month} de {year}</translation>
    </message>
</context>
<context>
    <name>DayStatus</name>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nada planeado</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>hecho en parte</translation>
    </message>
    <message>
        <source>quiet day</source>
        <translation>día libre</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Keep the window open</source>
        <translation>Dejar la ventana abierta</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Save them to a file…</source>
        <translation>Guardarlas en un archivo…</translation>
    </message>
    <message>
        <source>Sets not saved (*.jsonl)</source>
        <translation>Series sin guardar (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>       fix: {fix}</source>
        <translation>       solución: {fix}</translation>
    </message>
    <message numerus="yes">
        <source>%n built-in routines</source>
        <translation><numerusform>%n rutina incluida</numerusform><numerusform>%n rutinas incluidas</numerusform></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Qt did not start</source>
        <translation>Qt no se ha iniciado</translation>
    </message>
    <message>
        <source>Qt does not load offscreen: {problem}</source>
        <translation>Qt no se carga sin pantalla: {problem}</translation>
    </message>
    <message>
        <source>Qt {version} loads (platform {platform})</source>
        <translation>Qt {version} se carga (plataforma {platform})</translation>
    </message>
    <message>
        <source>QtMultimedia loads</source>
        <translation>QtMultimedia se carga</translation>
    </message>
    <message>
        <source>[{mark}] {name}: {detail}</source>
        <translation>[{mark}] {name}: {detail}</translation>
    </message>
    <message>
        <source>aplay found</source>
        <translation>aplay encontrado</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>recursos</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>audio library</source>
        <translation>biblioteca de audio</translation>
    </message>
    <message>
        <source>audio output</source>
        <translation>salida de audio</translation>
    </message>
    <message>
        <source>cue cache</source>
        <translation>caché de avisos</translation>
    </message>
    <message>
        <source>data dir</source>
        <translation>carpeta de datos</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historial</translation>
    </message>
    <message>
        <source>live speech player</source>
        <translation>reproductor de voz</translation>
    </message>
    <message>
        <source>make {folder} writable, or choose another with --data-dir DIR</source>
        <translation>haz que se pueda escribir en {folder} o elige otra con --data-dir DIR</translation>
    </message>
    <message>
        <source>move or rename it; calfplayer then starts a new history there</source>
        <translation>muévelo o cámbiale el nombre; calfplayer empezará allí un historial nuevo</translation>
    </message>
    <message>
        <source>not checked: Qt does not load</source>
        <translation>no comprobado: Qt no se carga</translation>
    </message>
    <message>
        <source>ok  </source>
        <translation>ok  </translation>
    </message>
    <message numerus="yes">
        <source>pyttsx3 with the {driver} driver, %n voices</source>
        <translation><numerusform>pyttsx3 con el controlador {driver}, %n voz</numerusform><numerusform>pyttsx3 con el controlador {driver}, %n voces</numerusform></translation>
    </message>
    <message>
        <source>reinstall calfplayer</source>
        <translation>reinstala calfplayer</translation>
    </message>
    <message>
        <source>reinstall calfplayer's Python packages: pip install --force-reinstall PySide6-Essentials</source>
        <translation>reinstala los paquetes de Python de calfplayer: pip install --force-reinstall PySide6-Essentials</translation>
    </message>
    <message>
        <source>reinstall calfplayer's Python packages: pip install --force-reinstall PySide6-Essentials; and the libraries Qt needs: bash packaging/ensure-system-packages.sh window</source>
        <translation>reinstala los paquetes de Python de calfplayer: pip install --force-reinstall PySide6-Essentials; y las bibliotecas que necesita Qt: bash packaging/ensure-system-packages.sh window</translation>
    </message>
    <message>
        <source>restore the backup kept beside it, or move the file away to start afresh</source>
        <translation>restaura la copia que hay al lado o mueve el archivo para empezar de nuevo</translation>
    </message>
    <message>
        <source>speech engine</source>
        <translation>motor de voz</translation>
    </message>
    <message>
        <source>the exercises or routines cannot be loaded ({problem})</source>
        <translation>no se pueden cargar los ejercicios o las rutinas ({problem})</translation>
    </message>
    <message>
        <source>update calfplayer to the version that wrote it (the file is kept as it is)</source>
        <translation>actualiza calfplayer a la versión que lo escribió (el archivo se queda como está)</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>{file} not created yet (it is made by the first workout)</source>
        <translation>{file} aún no existe (lo crea el primer entrenamiento)</translation>
    </message>
    <message numerus="yes">
        <source>{file}: schema version {version} (upgraded when the window next opens), %n bytes</source>
        <translation><numerusform>{file}: versión de esquema {version} (se actualiza al abrir la ventana), %n byte</numerusform><numerusform>{file}: versión de esquema {version} (se actualiza al abrir la ventana), %n bytes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{file}: schema version {version}, %n bytes</source>
        <translation><numerusform>{file}: versión de esquema {version}, %n byte</numerusform><numerusform>{file}: versión de esquema {version}, %n bytes</numerusform></translation>
    </message>
    <message>
        <source>{folder} is not writable ({problem})</source>
        <translation>no se puede escribir en {folder} ({problem})</translation>
    </message>
    <message>
        <source>{folder} is writable</source>
        <translation>se puede escribir en {folder}</translation>
    </message>
    <message numerus="yes">
        <source>{folder}: %n files, {size} MB</source>
        <translation><numerusform>{folder}: %n archivo, {size} MB</numerusform><numerusform>{folder}: %n archivos, {size} MB</numerusform></translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <source>A planned workout is due</source>
        <translation>Toca un entrenamiento planificado</translation>
    </message>
    <message>
        <source>In {minutes} min</source>
        <translation>En {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>Remind me in %n minute(s)</source>
        <translation><numerusform>Recuérdamelo en %n minuto</numerusform><numerusform>Recuérdamelo en %n minutos</numerusform></translation>
    </message>
    <message>
        <source>Skip this routine today</source>
        <translation>Saltar esta rutina hoy</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the planned workout now</source>
        <translation>Empezar ahora el entrenamiento planificado</translation>
    </message>
    <message>
        <source>Time for {routine} (planned for {time})</source>
        <translation>Es hora de {routine} (planificado para las {time})</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message numerus="yes">
        <source>%n value(s) to fix</source>
        <translation><numerusform>%n valor por corregir</numerusform><numerusform>%n valores por corregir</numerusform></translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add an exercise</source>
        <translation>Añadir un ejercicio</translation>
    </message>
    <message>
        <source>Add the exercise</source>
        <translation>Añadir el ejercicio</translation>
    </message>
    <message>
        <source>Cancel and go back</source>
        <translation>Cancelar y volver</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation>Eliminar esta rutina</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar {name}?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>EXERCISES</source>
        <translation>EJERCICIOS</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Editar rutina</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>Ejercicio para añadir</translation>
    </message>
    <message>
        <source>For example: Morning calves</source>
        <translation>Por ejemplo: Pantorrillas por la mañana</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>¿Salir sin guardar?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Guardar rutina</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Guardar la rutina</translation>
    </message>
    <message>
        <source>The routine is removed from your routines. Your history keeps its workouts.</source>
        <translation>La rutina se quita de tus rutinas. Tu historial conserva sus entrenamientos.</translation>
    </message>
    <message>
        <source>Total {minutes} min</source>
        <translation>Total {minutes} min</translation>
    </message>
    <message>
        <source>What it is for (optional)</source>
        <translation>Para qué sirve (opcional)</translation>
    </message>
    <message>
        <source>Your changes to this routine are not kept.</source>
        <translation>Tus cambios en esta rutina no se guardan.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>‹  Cancel</source>
        <translation>‹  Cancelar</translation>
    </message>
</context>
<context>
    <name>Equipment</name>
    <message>
        <source>a chair</source>
        <translation>una silla</translation>
    </message>
    <message>
        <source>a mat</source>
        <translation>una esterilla</translation>
    </message>
    <message>
        <source>a resistance band</source>
        <translation>una banda elástica</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>un escalón</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una mesa</translation>
    </message>
    <message>
        <source>a wall</source>
        <translation>una pared</translation>
    </message>
</context>
<context>
    <name>ExercisePicture</name>
    <message>
        <source>Exercise picture</source>
        <translation>Imagen del ejercicio</translation>
    </message>
    <message>
        <source>the arch of the foot</source>
        <translation>el arco del pie</translation>
    </message>
    <message>
        <source>the calf (gastrocnemius)</source>
        <translation>la pantorrilla (gastrocnemio)</translation>
    </message>
    <message>
        <source>the deep calf (soleus)</source>
        <translation>la pantorrilla profunda (sóleo)</translation>
    </message>
    <message>
        <source>{exercise}: works {muscle}</source>
        <translation>{exercise}: trabaja {muscle}</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Bend your knees a little.</source>
        <translation>Dobla un poco las rodillas.</translation>
    </message>
    <message>
        <source>Bend your knees and lower them to the mat when the time is up.</source>
        <translation>Cuando acabe el tiempo, dobla las rodillas y bájalas a la esterilla.</translation>
    </message>
    <message>
        <source>Bent knees move the work to the soleus, the deeper calf muscle under the big one. Letting your heels sink below the step works it through a longer range.</source>
        <translation>Con las rodillas dobladas trabaja sobre todo el sóleo, el músculo profundo de la pantorrilla, debajo del grande. Dejar que los talones bajen del escalón lo trabaja en un recorrido más largo.</translation>
    </message>
    <message>
        <source>Builds the big two-headed calf muscle that runs from above the knee down to the Achilles tendon, so it supports both the ankle and the knee.</source>
        <translation>Fortalece el gran músculo de la pantorrilla con dos cabezas, que va desde encima de la rodilla hasta el tendón de Aquiles, y así sostiene el tobillo y la rodilla.</translation>
    </message>
    <message>
        <source>Deficit soleus raise</source>
        <translation>Elevación de sóleo en escalón</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>Downward dog</source>
        <translation>Perro boca abajo</translation>
    </message>
    <message>
        <source>Ease off and step back in when the time is up.</source>
        <translation>Cuando acabe el tiempo, afloja y vuelve a juntar los pies.</translation>
    </message>
    <message>
        <source>Easy to fit into your day: a minute or two of these from your chair, a few times a day, keeps your calves moving.</source>
        <translation>Fácil de encajar en tu día: uno o dos minutos desde la silla, unas cuantas veces al día, mantienen tus pantorrillas en movimiento.</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>Inclínate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Hold both ends near your belly, with your toes pointing up.</source>
        <translation>Sujeta los dos extremos cerca de la barriga, con los dedos del pie hacia arriba.</translation>
    </message>
    <message>
        <source>Hold the band firmly so it can't snap back at you.</source>
        <translation>Sujeta bien la banda para que no salte hacia ti.</translation>
    </message>
    <message>
        <source>Hold your arch up without curling your toes.</source>
        <translation>Mantén el arco elevado sin encoger los dedos.</translation>
    </message>
    <message>
        <source>Keep a hand on the table so you stay steady.</source>
        <translation>Deja una mano en la mesa para mantenerte estable.</translation>
    </message>
    <message>
        <source>Keep that back leg nearly straight and press its heel down.</source>
        <translation>Mantén la pierna de atrás casi recta y empuja su talón hacia el suelo.</translation>
    </message>
    <message>
        <source>Keep your arms straight and ease your chest toward your feet.</source>
        <translation>Mantén los brazos rectos y lleva el pecho con suavidad hacia los pies.</translation>
    </message>
    <message>
        <source>Keep your back long and let your standing knee bend a little.</source>
        <translation>Mantén la espalda larga y deja que la rodilla de apoyo se doble un poco.</translation>
    </message>
    <message>
        <source>Keep your heels up for a moment.</source>
        <translation>Mantén los talones arriba un momento.</translation>
    </message>
    <message>
        <source>Keep your knees a little bent if the backs of your legs feel tight.</source>
        <translation>Deja las rodillas un poco dobladas si notas tirantez detrás de las piernas.</translation>
    </message>
    <message>
        <source>Keep your knees soft the whole time; straight knees turn this into a normal calf raise.</source>
        <translation>Mantén las rodillas algo dobladas todo el tiempo; con las rodillas rectas se convierte en una elevación de talones normal.</translation>
    </message>
    <message>
        <source>Keep your toes long and relaxed.</source>
        <translation>Mantén los dedos largos y relajados.</translation>
    </message>
    <message>
        <source>Lean in gently: a steady pull is enough.</source>
        <translation>Inclínate con suavidad: basta con un estiramiento constante.</translation>
    </message>
    <message>
        <source>Lean your hips and front knee toward the wall until you feel a pull.</source>
        <translation>Lleva la cadera y la rodilla de delante hacia la pared hasta notar el estiramiento.</translation>
    </message>
    <message>
        <source>Let your foot come back slowly.</source>
        <translation>Deja que el pie vuelva despacio.</translation>
    </message>
    <message>
        <source>Let your foot go soft when the hold ends.</source>
        <translation>Relaja el pie cuando termine el tiempo de mantener.</translation>
    </message>
    <message>
        <source>Lift one foot off the floor and balance on the other.</source>
        <translation>Levanta un pie del suelo y mantén el equilibrio sobre el otro.</translation>
    </message>
    <message>
        <source>Lift your heels, keeping that bend in your knees.</source>
        <translation>Levanta los talones sin estirar las rodillas.</translation>
    </message>
    <message>
        <source>Lift your knees and push your hips up and back.</source>
        <translation>Levanta las rodillas y empuja la cadera hacia arriba y atrás.</translation>
    </message>
    <message>
        <source>Loop the band under the sole of one foot.</source>
        <translation>Pasa la banda por debajo de la planta de un pie.</translation>
    </message>
    <message>
        <source>Loosens a stiff ankle so your foot can bend up further, which tends to get harder with age. That makes stairs and getting out of a chair easier, and it sets you up for the strength work.</source>
        <translation>Afloja un tobillo rígido para que el pie se doble más hacia arriba, algo que suele costar más con la edad. Así subir escaleras y levantarse de la silla es más fácil, y te prepara para los ejercicios de fuerza.</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Lower your heel slowly to the floor.</source>
        <translation>Baja el talón despacio hasta el suelo.</translation>
    </message>
    <message>
        <source>Lower your heels slowly back to the floor.</source>
        <translation>Baja los talones despacio de nuevo hasta el suelo.</translation>
    </message>
    <message>
        <source>Lower your heels slowly to the floor.</source>
        <translation>Baja los talones despacio hasta el suelo.</translation>
    </message>
    <message>
        <source>Lower your heels slowly until they dip below the step.</source>
        <translation>Baja los talones despacio hasta que queden por debajo del escalón.</translation>
    </message>
    <message>
        <source>Makes each calf do all the work on its own. It builds strength and muscle, and gives you a steadier ankle.</source>
        <translation>Cada pantorrilla hace todo el trabajo sola. Gana fuerza y músculo, y el tobillo se vuelve más estable.</translation>
    </message>
    <message>
        <source>Only tip as far as you can while keeping your back straight.</source>
        <translation>Inclínate solo hasta donde puedas con la espalda recta.</translation>
    </message>
    <message>
        <source>Press down through your toes to lift both heels as high as they go.</source>
        <translation>Apoya con fuerza los dedos y sube los dos talones todo lo que puedas.</translation>
    </message>
    <message>
        <source>Pull the ball of your foot back toward your heel.</source>
        <translation>Lleva la base de los dedos hacia el talón.</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Empuja</translation>
    </message>
    <message>
        <source>Push through the balls of your feet and lift your heels as high as you can.</source>
        <translation>Empuja con la base de los dedos y sube los talones todo lo que puedas.</translation>
    </message>
    <message>
        <source>Push your toes away from you against the band.</source>
        <translation>Empuja los dedos del pie hacia delante contra la banda.</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Relaja</translation>
    </message>
    <message>
        <source>Resisted ankle plantarflexion</source>
        <translation>Extensión de tobillo con banda</translation>
    </message>
    <message>
        <source>Rest one hand on a table to steady yourself.</source>
        <translation>Apoya una mano en una mesa para mantenerte estable.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Vuelve</translation>
    </message>
    <message>
        <source>Rise</source>
        <translation>Sube</translation>
    </message>
    <message>
        <source>Rise slowly back to standing.</source>
        <translation>Vuelve despacio a estar de pie.</translation>
    </message>
    <message>
        <source>Rise up onto your toes as high as you can.</source>
        <translation>Sube de puntillas todo lo que puedas.</translation>
    </message>
    <message>
        <source>Seated calf raise</source>
        <translation>Elevación de talones sentado</translation>
    </message>
    <message>
        <source>Shift your weight onto one leg.</source>
        <translation>Pasa el peso a una pierna.</translation>
    </message>
    <message>
        <source>Short foot</source>
        <translation>Pie corto</translation>
    </message>
    <message>
        <source>Single-leg calf raise</source>
        <translation>Elevación de talones a una pierna</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>Peso muerto a una pierna</translation>
    </message>
    <message>
        <source>Sit near the front of a chair with your feet flat on the floor.</source>
        <translation>Siéntate en la parte delantera de una silla con los pies planos en el suelo.</translation>
    </message>
    <message>
        <source>Sit on a bed, a couch or the floor with your legs out straight.</source>
        <translation>Siéntate en una cama, un sofá o el suelo con las piernas estiradas.</translation>
    </message>
    <message>
        <source>Sit on a chair with your feet flat on the floor.</source>
        <translation>Siéntate en una silla con los pies planos en el suelo.</translation>
    </message>
    <message>
        <source>Skip this one if leaning on your hands hurts your wrists.</source>
        <translation>Sáltate este ejercicio si apoyarte en las manos te duele en las muñecas.</translation>
    </message>
    <message>
        <source>Spread your weight across all your toes, not just the big toe.</source>
        <translation>Reparte el peso entre todos los dedos, no solo el dedo gordo.</translation>
    </message>
    <message>
        <source>Squeeze your calves and hold at the top.</source>
        <translation>Aprieta las pantorrillas y mantén arriba.</translation>
    </message>
    <message>
        <source>Stand facing a wall and put both palms flat on it.</source>
        <translation>Ponte de cara a una pared y apoya en ella las dos palmas.</translation>
    </message>
    <message>
        <source>Stand near a wall or a chair in case you lose your balance.</source>
        <translation>Colócate cerca de una pared o una silla por si pierdes el equilibrio.</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on a table or a wall.</source>
        <translation>Ponte recto y apoya una mano en una mesa o una pared.</translation>
    </message>
    <message>
        <source>Stand tall with your feet a comfortable distance apart.</source>
        <translation>Ponte recto con los pies a una distancia cómoda.</translation>
    </message>
    <message>
        <source>Stand with the balls of both feet on the edge of a step.</source>
        <translation>Ponte con la base de los dedos de los dos pies en el borde de un escalón.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart and rest one hand on a table.</source>
        <translation>Ponte con los pies separados al ancho de la cadera y apoya una mano en una mesa.</translation>
    </message>
    <message>
        <source>Standing calf raise</source>
        <translation>Elevación de talones de pie</translation>
    </message>
    <message>
        <source>Standing calf stretch</source>
        <translation>Estiramiento de pantorrilla de pie</translation>
    </message>
    <message>
        <source>Start on your hands and knees on the mat.</source>
        <translation>Empieza a cuatro patas sobre la esterilla.</translation>
    </message>
    <message>
        <source>Stop if you feel a sharp pain.</source>
        <translation>Para si notas un dolor agudo.</translation>
    </message>
    <message>
        <source>Strengthens the small muscles inside your foot. Paired with calf work, it makes your whole lower leg stronger.</source>
        <translation>Fortalece los músculos pequeños del pie. Junto con el trabajo de pantorrilla, hace más fuerte toda la parte baja de la pierna.</translation>
    </message>
    <message>
        <source>Stretches both calves and helps your ankles move more freely. It goes well with the strength exercises.</source>
        <translation>Estira las dos pantorrillas y ayuda a que los tobillos se muevan con más libertad. Combina bien con los ejercicios de fuerza.</translation>
    </message>
    <message>
        <source>Take a big step back with the leg you are stretching.</source>
        <translation>Da un paso largo hacia atrás con la pierna que vas a estirar.</translation>
    </message>
    <message>
        <source>The lift comes from your arch, so don't grip the floor with your toes.</source>
        <translation>El movimiento sale del arco del pie, así que no te agarres al suelo con los dedos.</translation>
    </message>
    <message>
        <source>Tighten your calf and stay at the top for a moment.</source>
        <translation>Aprieta la pantorrilla y quédate arriba un momento.</translation>
    </message>
    <message>
        <source>Tip forward from your hips as your other leg lifts out behind you.</source>
        <translation>Inclínate hacia delante desde la cadera mientras la otra pierna se eleva hacia atrás.</translation>
    </message>
    <message>
        <source>Trains your balance on one leg. Your calf and ankle muscles work the whole time to keep you steady.</source>
        <translation>Entrena el equilibrio sobre una pierna. Los músculos de la pantorrilla y el tobillo trabajan todo el tiempo para mantenerte estable.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>Use a sturdy step and keep your hand on the table.</source>
        <translation>Usa un escalón firme y deja la mano en la mesa.</translation>
    </message>
    <message>
        <source>Use your hand for balance only, not to pull yourself up.</source>
        <translation>Usa la mano solo para el equilibrio, no para impulsarte.</translation>
    </message>
    <message>
        <source>Works your calf through its full range without putting your weight on it. A good place to start if calf exercises are new to you.</source>
        <translation>Trabaja la pantorrilla en todo su recorrido sin cargar tu peso. Un buen punto de partida si los ejercicios de pantorrilla son nuevos para ti.</translation>
    </message>
    <message>
        <source>achilles tendon</source>
        <translation>tendón de Aquiles</translation>
    </message>
    <message>
        <source>foot arch muscles</source>
        <translation>músculos del arco del pie</translation>
    </message>
    <message>
        <source>gastrocnemius</source>
        <translation>gastrocnemio</translation>
    </message>
    <message>
        <source>glutes</source>
        <translation>glúteos</translation>
    </message>
    <message>
        <source>hamstrings</source>
        <translation>isquiotibiales</translation>
    </message>
    <message>
        <source>soleus</source>
        <translation>sóleo</translation>
    </message>
</context>
<context>
    <name>FigureFile</name>
    <message>
        <source>is "{name}", but the scene has no {name}</source>
        <translation>es "{name}", pero la escena no tiene {name}</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must rest on the same parts as the start pose</source>
        <translation>debe apoyarse en las mismas partes que la pose inicial</translation>
    </message>
    <message>
        <source>the body reaches {depth} cm below the floor</source>
        <translation>el cuerpo llega {depth} cm por debajo del suelo</translation>
    </message>
    <message>
        <source>the {limb} foot is {gap} cm short of its place</source>
        <translation>al pie ({limb}) le faltan {gap} cm para su sitio</translation>
    </message>
    <message>
        <source>the {limb} hand is {gap} cm short of its place</source>
        <translation>a la mano ({limb}) le faltan {gap} cm para su sitio</translation>
    </message>
    <message>
        <source>the {part} is {gap} cm off its surface</source>
        <translation>{part} está a {gap} cm de su superficie</translation>
    </message>
    <message>
        <source>x {x} is not over the {name} ({low} to {high})</source>
        <translation>x {x} no está sobre {name} ({low} a {high})</translation>
    </message>
    <message>
        <source>{place}: halfway between the poses</source>
        <translation>{place}: a mitad de camino entre las poses</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source> or </source>
        <comment>between the allowed values: "a" or "b"</comment>
        <translation> o </translation>
    </message>
    <message>
        <source>a list</source>
        <comment>a kind of JSON value</comment>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>a kind of JSON value</comment>
        <translation>un número</translation>
    </message>
    <message numerus="yes">
        <source>a number of %n digits</source>
        <translation><numerusform>un número de %n cifra</numerusform><numerusform>un número de %n cifras</numerusform></translation>
    </message>
    <message>
        <source>an object</source>
        <comment>a kind of JSON value</comment>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>no se puede leer (permiso denegado)</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>contains the escape {escape}, half of a two-part character on its own</source>
        <translation>contiene el escape {escape}, la mitad suelta de un carácter de dos partes</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>grew while being read; at most {limit} bytes are read</source>
        <translation>creció mientras se leía; se leen como máximo {limit} bytes</translation>
    </message>
    <message>
        <source>grew while being read; routine files are at most 1 MB ({limit} bytes)</source>
        <translation>creció mientras se leía; los archivos de rutina tienen como máximo 1 MB ({limit} bytes)</translation>
    </message>
    <message>
        <source>has no "{phase}" step: the player highlights one in that phase</source>
        <translation>no tiene paso "{phase}": el reproductor resalta uno en esa fase</translation>
    </message>
    <message>
        <source>holds no exercise files</source>
        <translation>no contiene archivos de ejercicios</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>es un dispositivo, no un archivo normal</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file</source>
        <translation>es una tubería con nombre (FIFO), no un archivo normal</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>es un socket, no un archivo normal</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} cannot be read)</source>
        <translation>no es texto UTF-8 (el byte {byte} no se puede leer)</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>no es un campo conocido</translation>
    </message>
    <message>
        <source>is not a known field (did you mean "{hint}"?)</source>
        <translation>no es un campo conocido (¿quieres decir "{hint}"?)</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column}: {reason})</source>
        <comment>{reason} is the JSON reader's own message, in English</comment>
        <translation>no es JSON válido (línea {line}, columna {column}: {reason})</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason})</source>
        <translation>no es JSON válido ({reason})</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>tiene {length} caracteres; se permiten como máximo {limit}</translation>
    </message>
    <message>
        <source>is {size} bytes; at most {limit} bytes are read</source>
        <translation>ocupa {size} bytes; se leen como máximo {limit} bytes</translation>
    </message>
    <message>
        <source>is {size} bytes; routine files are at most 1 MB ({limit} bytes)</source>
        <translation>ocupa {size} bytes; los archivos de rutina tienen como máximo 1 MB ({limit} bytes)</translation>
    </message>
    <message>
        <source>must be a list, not {kind}</source>
        <translation>debe ser una lista, no {kind}</translation>
    </message>
    <message>
        <source>must be a number of seconds, not {kind}</source>
        <translation>debe ser un número de segundos, no {kind}</translation>
    </message>
    <message>
        <source>must be a whole number (got {value})</source>
        <translation>debe ser un número entero (recibido: {value})</translation>
    </message>
    <message>
        <source>must be a whole number, not {kind}</source>
        <translation>debe ser un número entero, no {kind}</translation>
    </message>
    <message>
        <source>must be an object, not {kind}</source>
        <translation>debe ser un objeto, no {kind}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} (got {value})</source>
        <translation>debe estar entre {low} y {high} (recibido: {value})</translation>
    </message>
    <message>
        <source>must be between {low} and {high} seconds (got {value})</source>
        <translation>debe estar entre {low} y {high} segundos (recibido: {value})</translation>
    </message>
    <message>
        <source>must be in whole or half seconds (got {value})</source>
        <translation>debe ser en segundos enteros o medios (recibido: {value})</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>debe ser texto, no {kind}</translation>
    </message>
    <message>
        <source>must be true or false, not {kind}</source>
        <translation>debe ser true o false, no {kind}</translation>
    </message>
    <message>
        <source>must be {allowed} (got {value})</source>
        <comment>{allowed}: "a" or "b"</comment>
        <translation>debe ser {allowed} (recibido: {value})</translation>
    </message>
    <message>
        <source>must hold between {low} and {high} entries (got {count})</source>
        <translation>debe tener entre {low} y {high} entradas (recibido: {count})</translation>
    </message>
    <message>
        <source>must match the file name "{name}"</source>
        <translation>debe coincidir con el nombre del archivo "{name}"</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>nests too deeply</source>
        <translation>está anidado demasiado hondo</translation>
    </message>
    <message>
        <source>null</source>
        <comment>a kind of JSON value</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>text</source>
        <comment>a kind of JSON value</comment>
        <translation>texto</translation>
    </message>
    <message>
        <source>the key "{key}" appears twice in one object</source>
        <translation>la clave "{key}" aparece dos veces en un objeto</translation>
    </message>
    <message>
        <source>true/false</source>
        <comment>a kind of JSON value</comment>
        <translation>true/false</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} no es un número que JSON permita</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n session(s) exported to {file}.</source>
        <translation><numerusform>%n sesión exportada a {file}.</numerusform><numerusform>%n sesiones exportadas a {file}.</numerusform></translation>
    </message>
    <message>
        <source>A progress report to print or save as PDF</source>
        <translation>Un informe de progreso para imprimir o guardar como PDF</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>¿Borrar esta sesión?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export your history</source>
        <translation>Exportar tu historial</translation>
    </message>
    <message>
        <source>Export your history as CSV or JSON</source>
        <translation>Exportar tu historial como CSV o JSON</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>En total</translation>
    </message>
    <message>
        <source>Its sets, ratings and marks are removed from your history for good.</source>
        <translation>Sus series, valoraciones y marcas se eliminan de tu historial para siempre.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Minutes of exercise each week, the last 12 weeks</source>
        <translation>Minutos de ejercicio por semana, últimas 12 semanas</translation>
    </message>
    <message>
        <source>Minutes per week, last 12 weeks</source>
        <translation>Minutos por semana, últimas 12 semanas</translation>
    </message>
    <message>
        <source>No workouts yet. Finished sets show here the moment they are done.</source>
        <translation>Aún no hay entrenamientos. Las series terminadas aparecen aquí en cuanto las haces.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Pain after each rated session</source>
        <translation>Dolor después de cada sesión valorada</translation>
    </message>
    <message>
        <source>Pain after each rated session, the last 12 weeks: {direction}</source>
        <translation>Dolor después de cada sesión valorada, últimas 12 semanas: {direction}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sessions each week, the last 12 weeks; the dashed line is your weekly goal</source>
        <translation>Sesiones por semana, últimas 12 semanas; la línea discontinua es tu objetivo semanal</translation>
    </message>
    <message>
        <source>Sessions per week, last 12 weeks</source>
        <translation>Sesiones por semana, últimas 12 semanas</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sesiones esta semana</translation>
    </message>
    <message>
        <source>Show the chart of minutes</source>
        <translation>Mostrar el gráfico de minutos</translation>
    </message>
    <message>
        <source>Show the chart of pain</source>
        <translation>Mostrar el gráfico de dolor</translation>
    </message>
    <message>
        <source>Show the chart of sessions</source>
        <translation>Mostrar el gráfico de sesiones</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv);;Everything (JSON) (*.json)</source>
        <translation>Hoja de cálculo (CSV) (*.csv);;Todo (JSON) (*.json)</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <source>Streak, this week and total</source>
        <translation>Racha, esta semana y total</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>{done} of {goal}</source>
        <translation>{done} de {goal}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
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
        <translation>A mi ritmo</translation>
    </message>
    <message>
        <source>Drag to reorder</source>
        <translation>Arrastra para reordenar</translation>
    </message>
    <message>
        <source>Each leg</source>
        <translation>Cada pierna</translation>
    </message>
    <message>
        <source>Each rep waits for Rep done instead of the tempo</source>
        <translation>Cada repetición espera a «Rep. hecha» en vez del ritmo</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Holds per set</source>
        <translation>Mantener por serie</translation>
    </message>
    <message>
        <source>Left first</source>
        <translation>Izquierda primero</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move {name} down</source>
        <translation>Bajar {name}</translation>
    </message>
    <message>
        <source>Move {name} up</source>
        <translation>Subir {name}</translation>
    </message>
    <message>
        <source>Relax between holds</source>
        <translation>Relajar entre mantener</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Right first</source>
        <translation>Derecha primero</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>{name}: at my own pace</source>
        <translation>{name}: a mi ritmo</translation>
    </message>
    <message>
        <source>{name}: each leg</source>
        <translation>{name}: cada pierna</translation>
    </message>
    <message>
        <source>{name}: first side</source>
        <translation>{name}: primer lado</translation>
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
        <translation>Final</translation>
    </message>
    <message>
        <source>Every exercise in the programme: what it does for you and how to do it. Try one on its own before it turns up in a workout.</source>
        <translation>Cada ejercicio del programa: qué hace por ti y cómo se hace. Prueba uno por separado antes de que aparezca en un entrenamiento.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Ten cuidado</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probarlo</translation>
    </message>
    <message>
        <source>Try {name}</source>
        <translation>Probar {name}</translation>
    </message>
    <message>
        <source>Usual dose: {dosage}</source>
        <translation>Dosis habitual: {dosage}</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Por qué ayuda</translation>
    </message>
    <message>
        <source>You need</source>
        <translation>Necesitas</translation>
    </message>
    <message>
        <source>{name}: end position</source>
        <translation>{name}: posición final</translation>
    </message>
    <message>
        <source>{name}: start position</source>
        <translation>{name}: posición inicial</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n set(s) brought into your history.</source>
        <translation><numerusform>%n serie añadida a tu historial.</numerusform><numerusform>%n series añadidas a tu historial.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) not saved yet</source>
        <translation><numerusform>%n serie sin guardar todavía</numerusform><numerusform>%n series sin guardar todavía</numerusform></translation>
    </message>
    <message>
        <source>About calfplayer</source>
        <translation>Acerca de calfplayer</translation>
    </message>
    <message>
        <source>All your data was deleted. calfplayer starts afresh.</source>
        <translation>Se han borrado todos tus datos. calfplayer empieza de nuevo.</translation>
    </message>
    <message>
        <source>Bring in the sets not saved?</source>
        <translation>¿Añadir las series sin guardar?</translation>
    </message>
    <message>
        <source>Bring them in</source>
        <translation>Añadirlas</translation>
    </message>
    <message>
        <source>Could not open {routine}: {problem}</source>
        <translation>No se pudo abrir {routine}: {problem}</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan semanal</translation>
    </message>
    <message>
        <source>Save the sets not saved</source>
        <translation>Guardar las series sin guardar</translation>
    </message>
    <message>
        <source>Sets your history could not take before were kept in {files}. Bring them into your history now?</source>
        <translation>Las series que tu historial no pudo guardar antes están en {files}. ¿Añadirlas ahora a tu historial?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Terminar y cerrar</translation>
    </message>
    <message>
        <source>Stop the workout and close?</source>
        <translation>¿Terminar el entrenamiento y cerrar?</translation>
    </message>
    <message>
        <source>Stop the workout before deleting your data.</source>
        <translation>Termina el entrenamiento antes de borrar tus datos.</translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation>¿Terminar el entrenamiento?</translation>
    </message>
    <message>
        <source>The sets not saved stay in {files}; bring them in with: calfplayer bring-in FILE</source>
        <translation>Las series sin guardar siguen en {files}; añádelas con: calfplayer bring-in FILE</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objetivo semanal</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation>Lo que has hecho hasta ahora se guarda.</translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Your history cannot be saved right now.</source>
        <translation>Tu historial no se puede guardar ahora.</translation>
    </message>
    <message numerus="yes">
        <source>calfplayer: %n set(s) could not be saved to your history ({problem}); they were kept in {file} and the next start offers to bring them in.</source>
        <translation><numerusform>calfplayer: %n serie no se pudo guardar en tu historial ({problem}); se guardó en {file} y el próximo inicio te ofrecerá añadirla.</numerusform><numerusform>calfplayer: %n series no se pudieron guardar en tu historial ({problem}); se guardaron en {file} y el próximo inicio te ofrecerá añadirlas.</numerusform></translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>no se pudo escribir</translation>
    </message>
    <message>
        <source>{name} was not opened: a workout is running. Finish or stop it first.</source>
        <translation>{name} no se abrió: hay un entrenamiento en curso. Acábalo o termínalo primero.</translation>
    </message>
    <message numerus="yes">
        <source>{problem}

Closing now would lose %n set(s). Retry once the problem is fixed, or save them to a file; calfplayer can bring that file into your history later (calfplayer bring-in FILE).</source>
        <translation><numerusform>{problem}

Si cierras ahora, se perderá %n serie. Reintenta cuando el problema esté resuelto o guárdala en un archivo; calfplayer puede añadir ese archivo a tu historial más tarde (calfplayer bring-in FILE).</numerusform><numerusform>{problem}

Si cierras ahora, se perderán %n series. Reintenta cuando el problema esté resuelto o guárdalas en un archivo; calfplayer puede añadir ese archivo a tu historial más tarde (calfplayer bring-in FILE).</numerusform></translation>
    </message>
</context>
<context>
    <name>Metavars</name>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>EVERY</source>
        <translation>CADA</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
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
        <translation>ID|ARCHIVO</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss the notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
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
        <translation>bajando</translation>
    </message>
    <message>
        <source>not enough ratings yet</source>
        <translation>aún no hay suficientes valoraciones</translation>
    </message>
    <message>
        <source>rising</source>
        <comment>pain is going up</comment>
        <translation>subiendo</translation>
    </message>
    <message>
        <source>steady</source>
        <comment>pain stays the same</comment>
        <translation>estable</translation>
    </message>
</context>
<context>
    <name>PlanSettings</name>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1½ hours</source>
        <translation>1 hora y media</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 horas</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 horas</translation>
    </message>
    <message>
        <source>30 min</source>
        <translation>30 min</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 horas</translation>
    </message>
    <message>
        <source>ADD TO THE PLAN</source>
        <translation>AÑADIR AL PLAN</translation>
    </message>
    <message>
        <source>Add this to the plan</source>
        <translation>Añadir esto al plan</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>Añadir al plan</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>A una hora</translation>
    </message>
    <message>
        <source>Choose a routine to plan.</source>
        <translation>Elige una rutina para planificar.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Elige al menos un día.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Movement snacks every few hours</source>
        <translation>Pausas activas cada pocas horas</translation>
    </message>
    <message>
        <source>No plan yet: add a routine below.</source>
        <translation>Aún no hay plan: añade una rutina abajo.</translation>
    </message>
    <message>
        <source>Nothing is planned on these days.</source>
        <translation>Estos días no se planifica nada.</translation>
    </message>
    <message>
        <source>Once, at a time of day</source>
        <translation>Una vez, a una hora del día</translation>
    </message>
    <message>
        <source>Planned day</source>
        <translation>Día planificado</translation>
    </message>
    <message>
        <source>QUIET DAYS</source>
        <translation>DÍAS LIBRES</translation>
    </message>
    <message>
        <source>Quiet day</source>
        <translation>Día libre</translation>
    </message>
    <message>
        <source>REMINDERS</source>
        <translation>RECORDATORIOS</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Reminders are on, now and from every login on.</source>
        <translation>Los recordatorios están activados, desde ahora y en cada inicio de sesión.</translation>
    </message>
    <message>
        <source>Reminders, even with the window closed</source>
        <translation>Recordatorios, incluso con la ventana cerrada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {number}: {entry}</source>
        <translation>Quitar {number}: {entry}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Routine to plan</source>
        <translation>Rutina para planificar</translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>When a planned time comes, a desktop notification with Start now, In 15 minutes and Skip today, even with the window closed; from every login on. (Also: calfplayer remind --on.)</source>
        <translation>Cuando llega una hora planificada, aparece un aviso en el escritorio con Empezar ahora, En 15 minutos y Saltar hoy, incluso con la ventana cerrada; desde cada inicio de sesión. (También: calfplayer remind --on.)</translation>
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
        <translation>No se pudo guardar este entrenamiento en tu historial ({error}).</translation>
    </message>
    <message>
        <source>Voice off for this run (--no-voice).</source>
        <translation>Voz apagada en esta ejecución (--no-voice).</translation>
    </message>
    <message>
        <source>Voice unavailable: {reason}</source>
        <translation>Voz no disponible: {reason}</translation>
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
        <translation><numerusform>Añadir %n segundo de descanso</numerusform><numerusform>Añadir %n segundos de descanso</numerusform></translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Esc</source>
        <comment>key</comment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problema con el historial</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <comment>key</comment>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <source>M</source>
        <comment>key</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Mark this exercise, set and side as painful (H)</source>
        <translation>Marcar este ejercicio, serie y lado como doloroso (H)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausar (Espacio)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Rep done</source>
        <translation>Rep. hecha</translation>
    </message>
    <message>
        <source>Rep done (Enter)</source>
        <translation>Repetición hecha (Intro)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Seguir (Espacio)</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <comment>key</comment>
        <translation>Flecha derecha</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Saltar descanso</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <translation>Saltar el descanso</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Saltar al siguiente ejercicio</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>key</comment>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Stop the workout</source>
        <translation>Terminar el entrenamiento</translation>
    </message>
    <message>
        <source>That hurt</source>
        <translation>Me ha dolido</translation>
    </message>
    <message>
        <source>That hurt: mark this set</source>
        <translation>Me ha dolido: marcar esta serie</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>Voz apagada</translation>
    </message>
    <message>
        <source>Voice off for this run (--no-voice)</source>
        <translation>Voz apagada en esta ejecución (--no-voice)</translation>
    </message>
    <message>
        <source>Workout time left</source>
        <translation>Tiempo restante del entrenamiento</translation>
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
        <translation><numerusform>%n vez {seconds} s mantener</numerusform><numerusform>%n veces {seconds} s mantener</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rep</source>
        <translation><numerusform>%n repetición</numerusform><numerusform>%n repeticiones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation><numerusform>%n repetición</numerusform><numerusform>%n repeticiones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n s hold</source>
        <translation><numerusform>%n s mantener</numerusform><numerusform>%n s mantener</numerusform></translation>
    </message>
    <message>
        <source>Exercise {current} of {total}</source>
        <translation>Ejercicio {current} de {total}</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Get ready</source>
        <comment>in the ring</comment>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Hold {current} of {total}</source>
        <translation>Mantén {current} de {total}</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Left leg first</source>
        <translation>Primero pierna izquierda</translation>
    </message>
    <message>
        <source>Next: set {current} of {total}</source>
        <translation>Después: serie {current} de {total}</translation>
    </message>
    <message>
        <source>Next: set {current} of {total}, left leg first</source>
        <translation>Después: serie {current} de {total}, primero la izquierda</translation>
    </message>
    <message>
        <source>Next: set {current} of {total}, right leg first</source>
        <translation>Después: serie {current} de {total}, primero la derecha</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Después: {exercise}</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Relaja</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Right leg first</source>
        <translation>Primero pierna derecha</translation>
    </message>
    <message>
        <source>Set {current} of {total}</source>
        <translation>Serie {current} de {total}</translation>
    </message>
    <message>
        <source>Set {current} of {total} done</source>
        <translation>Serie {current} de {total} hecha</translation>
    </message>
    <message>
        <source>Set {current} of {total} · {dose}</source>
        <translation>Serie {current} de {total} · {dose}</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambia</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Then: {exercise}</source>
        <translation>Luego: {exercise}</translation>
    </message>
    <message>
        <source>Your pace</source>
        <translation>A tu ritmo</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Back to workouts</source>
        <translation>Volver a los entrenamientos</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate this routine</source>
        <translation>Duplicar esta rutina</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Duplicar para editar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this routine</source>
        <translation>Editar esta rutina</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export this routine to a file</source>
        <translation>Exportar esta rutina a un archivo</translation>
    </message>
    <message>
        <source>Get ready: {equipment}</source>
        <translation>Ten a mano: {equipment}</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>I understand the safety note</source>
        <translation>Entiendo la nota de seguridad</translation>
    </message>
    <message>
        <source>No equipment needed</source>
        <translation>No hace falta material</translation>
    </message>
    <message>
        <source>Start the workout</source>
        <translation>Empezar el entrenamiento</translation>
    </message>
    <message>
        <source>Start workout</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>at your own pace</source>
        <translation>a tu propio ritmo</translation>
    </message>
    <message>
        <source>calfplayer is for education and general fitness, not medical advice. Warm up gently, keep something steady within reach, and stop at once if you feel a sharp pain, dizziness or swelling. If you have an injury or a health condition, ask a professional first.</source>
        <translation>calfplayer es para aprender y para la forma física en general, no es consejo médico. Calienta con suavidad, ten algo estable al alcance y para enseguida si notas un dolor agudo, mareo o hinchazón. Si tienes una lesión o un problema de salud, consulta antes a un profesional.</translation>
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
        <translation>{rest} de descanso entre series</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>{sets} × %n holds of {hold}</source>
        <translation><numerusform>{sets} × %n vez {hold} mantener</numerusform><numerusform>{sets} × %n veces {hold} mantener</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{sets} × %n holds of {hold}, each leg</source>
        <translation><numerusform>{sets} × %n vez {hold} mantener, cada pierna</numerusform><numerusform>{sets} × %n veces {hold} mantener, cada pierna</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{sets} × %n reps</source>
        <translation><numerusform>{sets} × %n repetición</numerusform><numerusform>{sets} × %n repeticiones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{sets} × %n reps, each leg</source>
        <translation><numerusform>{sets} × %n repetición, cada pierna</numerusform><numerusform>{sets} × %n repeticiones, cada pierna</numerusform></translation>
    </message>
    <message>
        <source>{sets} × {hold} hold</source>
        <translation>{sets} × {hold} mantener</translation>
    </message>
    <message>
        <source>{sets} × {hold} hold, each leg</source>
        <translation>{sets} × {hold} mantener, cada pierna</translation>
    </message>
    <message>
        <source>{up_time} {up} · {top_time} {top} · {down_time} {down}</source>
        <translation>{up_time} {up} · {top_time} {top} · {down_time} {down}</translation>
    </message>
    <message>
        <source>‹  Workouts</source>
        <translation>‹  Entrenamientos</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>You marked "{exercise}" as hurting in {marked} of your last {count} sessions. Ease back on it and check with your clinician before doing more.</source>
        <translation>Marcaste "{exercise}" como doloroso en {marked} de tus últimos {count} entrenamientos. Baja el ritmo en él y consulta a tu fisioterapeuta antes de hacer más.</translation>
    </message>
    <message>
        <source>Your last {count} sessions felt easy. Ready for a small step up: five more seconds in each hold of {exercises}?</source>
        <translation>Tus últimos {count} entrenamientos te resultaron fáciles. ¿Listo para subir un poco: cinco segundos más al mantener en {exercises}?</translation>
    </message>
    <message>
        <source>Your last {count} sessions felt easy. Ready for a small step up: one more set of {exercises}?</source>
        <translation>Tus últimos {count} entrenamientos te resultaron fáciles. ¿Listo para subir un poco: una serie más de {exercises}?</translation>
    </message>
    <message>
        <source>Your last {count} sessions felt easy. Ready for a small step up: two more reps in each set of {exercises}?</source>
        <translation>Tus últimos {count} entrenamientos te resultaron fáciles. ¿Listo para subir un poco: dos repeticiones más en cada serie de {exercises}?</translation>
    </message>
    <message>
        <source>Your pain went from {before} to {now} over your last sessions. Ease back: fewer reps or sets, or a gentler routine, and check with your clinician.</source>
        <translation>Tu dolor pasó de {before} a {now} en tus últimos entrenamientos. Baja el ritmo: menos repeticiones o series, o una rutina más suave, y consulta a tu fisioterapeuta.</translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <source>A note (optional)</source>
        <translation>Una nota (opcional)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>HOW DID IT GO?</source>
        <translation>¿CÓMO HA IDO?</translation>
    </message>
    <message>
        <source>Kept in your history.</source>
        <translation>Guardado en tu historial.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>That hurt</source>
        <translation>Me ha dolido</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>mucho</translation>
    </message>
    <message>
        <source>all out</source>
        <translation>al máximo</translation>
    </message>
    <message>
        <source>barely</source>
        <translation>apenas</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>duro</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>reposo</translation>
    </message>
    <message>
        <source>some</source>
        <translation>algo</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>muy fácil</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>el peor</translation>
    </message>
    <message>
        <source>{exercise} · set {set} · at {time}</source>
        <translation>{exercise} · serie {set} · a los {time}</translation>
    </message>
    <message>
        <source>{exercise} · set {set} · left · at {time}</source>
        <translation>{exercise} · serie {set} · izquierda · a los {time}</translation>
    </message>
    <message>
        <source>{exercise} · set {set} · right · at {time}</source>
        <translation>{exercise} · serie {set} · derecha · a los {time}</translation>
    </message>
    <message>
        <source>{scale}: not rated yet (slide to rate)</source>
        <translation>{scale}: sin valorar (desliza para valorar)</translation>
    </message>
    <message>
        <source>{scale}: {value} of 10 ({word})</source>
        <translation>{scale}: {value} de 10 ({word})</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} de 10</translation>
    </message>
</context>
<context>
    <name>RemindProcess</name>
    <message>
        <source>(A test: this is how reminders look.)</source>
        <translation>(Una prueba: así se ven los recordatorios.)</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>En 15 minutos</translation>
    </message>
    <message>
        <source>Nothing is planned in the coming week: add to your plan first.</source>
        <translation>No hay nada previsto para la próxima semana: añade algo a tu plan primero.</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Saltar hoy</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>The reminder could not be shown.</source>
        <translation>No se ha podido mostrar el recordatorio.</translation>
    </message>
    <message>
        <source>The reminder for {routine} could not be shown ({problem}).</source>
        <translation>No se ha podido mostrar el recordatorio de {routine} ({problem}).</translation>
    </message>
    <message>
        <source>calfplayer remind: {message}</source>
        <translation>calfplayer remind: {message}</translation>
    </message>
    <message>
        <source>reminders are already running for {folder} (process {pid}).</source>
        <translation>los recordatorios ya están en marcha para {folder} (proceso {pid}).</translation>
    </message>
    <message>
        <source>waiting for the plan's times ({folder}).</source>
        <translation>esperando las horas del plan ({folder}).</translation>
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
        <translation>Un informe de progreso para tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>Primer día:</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Incluir mis notas</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Último día:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message numerus="yes">
        <source>Report saved to {file} (%n page(s)).</source>
        <translation><numerusform>Informe guardado en {file} (%n página).</numerusform><numerusform>Informe guardado en {file} (%n páginas).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Report sent to the printer (%n page(s)).</source>
        <translation><numerusform>Informe enviado a la impresora (%n página).</numerusform><numerusform>Informe enviado a la impresora (%n páginas).</numerusform></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>The report could not be printed ({reason}).</source>
        <translation>No se pudo imprimir el informe ({reason}).</translation>
    </message>
    <message>
        <source>The report could not be written to {file} ({reason}).</source>
        <translation>No se pudo guardar el informe en {file} ({reason}).</translation>
    </message>
    <message>
        <source>Your sessions, plan kept, each exercise planned and done, effort and pain, "that hurt" marks and steps applied, for the days you choose.</source>
        <translation>Tus sesiones, el plan cumplido, cada ejercicio planificado y hecho, esfuerzo y dolor, las marcas de «Me ha dolido» y los aumentos aplicados, para los días que elijas.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format: 9 Dec 2025</comment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>"That hurt" marks</source>
        <translation>Marcas de «Me ha dolido»</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation><numerusform>%n completada</numerusform><numerusform>%n completadas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ended early</source>
        <translation><numerusform>%n terminada antes</numerusform><numerusform>%n terminadas antes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation><numerusform>%n en curso</numerusform><numerusform>%n en curso</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted</source>
        <translation><numerusform>%n interrumpida</numerusform><numerusform>%n interrumpidas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partial</source>
        <translation><numerusform>%n parcial</numerusform><numerusform>%n parciales</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s), average {average}, lowest {lowest}, highest {highest}</source>
        <translation><numerusform>%n valoración, media {average}, mínima {lowest}, máxima {highest}</numerusform><numerusform>%n valoraciones, media {average}, mínima {lowest}, máxima {highest}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s), average {average}, lowest {lowest}, highest {highest}; first {first}, last {last}; trend: {trend}</source>
        <translation><numerusform>%n valoración, media {average}, mínima {lowest}, máxima {highest}; primera {first}, última {last}; tendencia: {trend}</numerusform><numerusform>%n valoraciones, media {average}, mínima {lowest}, máxima {highest}; primera {first}, última {last}; tendencia: {trend}</numerusform></translation>
    </message>
    <message>
        <source>Adherence: {done} of {planned} planned times done ({percent}). A planned time counts as done when a session of its routine with at least one set done was started that day; times skipped or missed count as not done; an entry counts from the day it was added.</source>
        <translation>Cumplimiento: {done} de {planned} horas planificadas hechas ({percent}). Una hora planificada cuenta como hecha si ese día se empezó una sesión de su rutina con al menos una serie hecha; las horas saltadas o perdidas cuentan como no hechas; una entrada cuenta desde el día en que se añadió.</translation>
    </message>
    <message>
        <source>Calf exercise progress report</source>
        <translation>Informe de progreso de ejercicios de pantorrilla</translation>
    </message>
    <message>
        <source>Calf exercise progress report, {period}</source>
        <translation>Informe de progreso de ejercicios de pantorrilla, {period}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Done of planned over every session of the period. Each leg is counted on its own for exercises done one leg at a time; "both" is an exercise done with both legs at once. A set played again counts as played the last time.</source>
        <translation>Hecho de lo planificado en todas las sesiones del periodo. En los ejercicios de una pierna cada vez, cada pierna cuenta por separado; «ambas» es un ejercicio hecho con las dos piernas a la vez. Una serie repetida cuenta como se hizo la última vez.</translation>
    </message>
    <message>
        <source>Each exercise, planned and done</source>
        <translation>Cada ejercicio, planificado y hecho</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Effort</source>
        <comment>table column</comment>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Effort and pain</source>
        <translation>Esfuerzo y dolor</translation>
    </message>
    <message>
        <source>Effort of each rated session (0-10)</source>
        <translation>Esfuerzo de cada sesión valorada (0-10)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>How a session ended: {meanings}. Effort and pain are the week's average rating (0-10); sets are counted each leg on its own.</source>
        <translation>Cómo terminó una sesión: {meanings}. Esfuerzo y dolor son la valoración media de la semana (0-10); las series se cuentan por cada pierna.</translation>
    </message>
    <message>
        <source>How they ended</source>
        <translation>Cómo terminaron</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>En resumen</translation>
    </message>
    <message>
        <source>Left out of this report by the person.</source>
        <translation>La persona los ha dejado fuera de este informe.</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Pierna</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>No "that hurt" mark in this period.</source>
        <translation>Ninguna marca de «Me ha dolido» en este periodo.</translation>
    </message>
    <message>
        <source>No effort ratings</source>
        <translation>Sin valoraciones de esfuerzo</translation>
    </message>
    <message>
        <source>No exercise session was logged from {first} to {last}.</source>
        <translation>No se registró ninguna sesión del {first} al {last}.</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>No hay notas en este periodo.</translation>
    </message>
    <message>
        <source>No pain ratings</source>
        <translation>Sin valoraciones de dolor</translation>
    </message>
    <message>
        <source>No plan for the week was set</source>
        <translation>No se estableció ningún plan semanal</translation>
    </message>
    <message>
        <source>No sessions in this period</source>
        <translation>No hay sesiones en este periodo</translation>
    </message>
    <message>
        <source>No step up was applied to a routine in this period.</source>
        <translation>En este periodo no se aplicó ningún aumento a una rutina.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Página {number} de {count}</translation>
    </message>
    <message>
        <source>Pain</source>
        <comment>table column</comment>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Pain after each rated session (0-10): {trend}</source>
        <translation>Dolor después de cada sesión valorada (0-10): {trend}</translation>
    </message>
    <message>
        <source>Pain after sessions</source>
        <translation>Dolor tras las sesiones</translation>
    </message>
    <message>
        <source>Plan for the week</source>
        <translation>Plan semanal</translation>
    </message>
    <message>
        <source>Plan kept</source>
        <translation>Plan cumplido</translation>
    </message>
    <message>
        <source>Plan kept</source>
        <comment>table column</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Reps or holds</source>
        <translation>Rep. o mantener</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sessions each week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Sets done in full</source>
        <translation>Series hechas completas</translation>
    </message>
    <message>
        <source>Sets in full</source>
        <translation>Series completas</translation>
    </message>
    <message>
        <source>Steps up applied</source>
        <translation>Aumentos aplicados</translation>
    </message>
    <message>
        <source>The person's notes</source>
        <translation>Notas de la persona</translation>
    </message>
    <message>
        <source>The plan as it is now, held against the sessions of the period:</source>
        <translation>El plan tal como está ahora, comparado con las sesiones del periodo:</translation>
    </message>
    <message>
        <source>The plan for the week</source>
        <translation>El plan semanal</translation>
    </message>
    <message>
        <source>The trend compares the average of the last three pain ratings with the three before them: easing when it fell by 1 or more, rising when it rose by 1 or more, else steady.</source>
        <translation>La tendencia compara la media de las tres últimas valoraciones de dolor con las tres anteriores: «bajando» si bajó 1 o más, «subiendo» si subió 1 o más, y si no, «estable».</translation>
    </message>
    <message>
        <source>This report comes from calfplayer, an app the person uses to follow calf-strengthening routines at home. Each set is logged the moment it ends. After a session the person may rate its effort and pain from 0 to 10 and leave a note, and during a set they may press "that hurt", which logs the exercise, set and leg.</source>
        <translation>Este informe procede de calfplayer, una app que la persona usa para seguir en casa rutinas de fortalecimiento de pantorrilla. Cada serie se registra en cuanto termina. Tras una sesión, la persona puede valorar su esfuerzo y su dolor de 0 a 10 y dejar una nota, y durante una serie puede pulsar «Me ha dolido», que registra el ejercicio, la serie y la pierna.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Tiempo de ejercicio</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Tiempo mantenido</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambas</translation>
    </message>
    <message>
        <source>calfplayer suggests a small step up after three completed sessions that felt easy with pain not rising, and applies it only when the person asks. When pain rises or an exercise is marked as hurting it suggests easing back and checking with a clinician; it never changes a routine for that by itself.</source>
        <translation>calfplayer sugiere un pequeño aumento tras tres sesiones completadas que resultaron fáciles sin que subiera el dolor, y solo lo aplica cuando la persona lo pide. Cuando sube el dolor o se marca que un ejercicio duele, sugiere bajar la intensidad y consultar con un profesional sanitario; nunca cambia una rutina por ello por su cuenta.</translation>
    </message>
    <message>
        <source>completed: every planned set done in full</source>
        <translation>completada: todas las series planificadas hechas completas</translation>
    </message>
    <message>
        <source>ended early: stopped by the person</source>
        <translation>terminada antes: la persona la paró</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>interrupted: the app was cut off</source>
        <translation>interrumpida: la app se cortó</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>not rated in this period</source>
        <translation>sin valorar en este periodo</translation>
    </message>
    <message>
        <source>partial: played to the end with sets skipped or cut short</source>
        <translation>parcial: hecha hasta el final con series saltadas o acortadas</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>no se pudo escribir el PDF</translation>
    </message>
    <message>
        <source>the report could not be started on this device</source>
        <translation>no se pudo empezar el informe en este dispositivo</translation>
    </message>
    <message>
        <source>{count} ({statuses})</source>
        <translation>{count} ({statuses})</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n hold(s)</source>
        <translation><numerusform>{done} de %n mantenida</numerusform><numerusform>{done} de %n mantenidas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n rep(s)</source>
        <translation><numerusform>{done} de %n rep.</numerusform><numerusform>{done} de %n rep.</numerusform></translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <source>{done} of {planned} planned ({percent}), each leg counted</source>
        <translation>{done} de {planned} planificadas ({percent}), contando cada pierna</translation>
    </message>
    <message>
        <source>{done} of {planned} planned times done ({percent})</source>
        <translation>{done} de {planned} horas planificadas hechas ({percent})</translation>
    </message>
    <message>
        <source>{done} of {planned} s</source>
        <translation>{done} de {planned} s</translation>
    </message>
    <message>
        <source>{minutes} min in sets (rests and pauses left out)</source>
        <translation>{minutes} min en series (sin descansos ni pausas)</translation>
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
        <translation>Faltan los recursos de calfplayer: se buscaron en {first} y {second}; reinstala calfplayer</translation>
    </message>
</context>
<context>
    <name>ResumeCard</name>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard the unfinished workout</source>
        <translation>Descartar el entrenamiento sin terminar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Resume where you left off</source>
        <translation>Seguir donde lo dejaste</translation>
    </message>
    <message numerus="yes">
        <source>{routine} was cut off ({date}, {time}, %n set done).</source>
        <translation><numerusform>{routine} se interrumpió ({date}, {time}, %n serie hecha).</numerusform><numerusform>{routine} se interrumpió ({date}, {time}, %n series hechas).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{routine} was cut off ({date}, {time}, %n sets done).</source>
        <translation><numerusform>{routine} se interrumpió ({date}, {time}, %n serie hecha).</numerusform><numerusform>{routine} se interrumpió ({date}, {time}, %n series hechas).</numerusform></translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Exported "{name}" to {file}.</source>
        <translation>«{name}» exportada a {file}.</translation>
    </message>
    <message>
        <source>Finish or stop the workout, then drop the file again.</source>
        <translation>Acaba o termina el entrenamiento y vuelve a soltar el archivo.</translation>
    </message>
    <message>
        <source>Imported "{name}" into your routines.</source>
        <translation>«{name}» importada a tus rutinas.</translation>
    </message>
    <message>
        <source>The routine could not be exported</source>
        <translation>No se pudo exportar la rutina</translation>
    </message>
    <message>
        <source>{file} could not be imported</source>
        <translation>No se pudo importar {file}</translation>
    </message>
</context>
<context>
    <name>RoutineDialogs</name>
    <message>
        <source>"{name}" has the id "{id}", which a built-in routine already uses.</source>
        <translation>«{name}» tiene el id «{id}», que ya usa una rutina incluida.</translation>
    </message>
    <message>
        <source>"{name}" has the id "{id}", which one of your routines already uses.</source>
        <translation>«{name}» tiene el id «{id}», que ya usa una de tus rutinas.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exportar la rutina</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <source>Keep both to add it under a new id.</source>
        <translation>Conserva ambas para añadirla con un id nuevo.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Replace yours with it, or keep both under different ids.</source>
        <translation>Sustituye la tuya por ella o conserva ambas con ids distintos.</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Archivos de rutina (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This routine is already here</source>
        <translation>Esta rutina ya existe</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message numerus="yes">
        <source>%n hour</source>
        <translation><numerusform>%n hora</numerusform><numerusform>%n horas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation><numerusform>%n hora</numerusform><numerusform>%n horas</numerusform></translation>
    </message>
    <message>
        <source>a value that is not text</source>
        <translation>un valor que no es texto</translation>
    </message>
    <message>
        <source>add up to {planned}; a routine may plan at most {limit} (fewer exercises, sets, reps or shorter times)</source>
        <translation>suman {planned}; una rutina puede planear como máximo {limit} (menos ejercicios, series, repeticiones o tiempos más cortos)</translation>
    </message>
    <message>
        <source>does not apply: "{id}" is a hold exercise</source>
        <translation>no se aplica: "{id}" es un ejercicio de mantener</translation>
    </message>
    <message>
        <source>does not apply: "{id}" is a repetition exercise</source>
        <translation>no se aplica: "{id}" es un ejercicio de repeticiones</translation>
    </message>
    <message>
        <source>must be an object naming an exercise</source>
        <translation>debe ser un objeto que nombre un ejercicio</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and dashes, starting with a letter or digit</source>
        <translation>debe tener letras minúsculas, cifras y guiones, y empezar por una letra o cifra</translation>
    </message>
    <message>
        <source>this file uses routine format {found}; this calfplayer reads format {known} (a newer calfplayer may read it)</source>
        <translation>este archivo usa el formato de rutina {found}; este calfplayer lee el formato {known} (un calfplayer más nuevo quizá lo lea)</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{value} is not a known exercise</source>
        <translation>{value} no es un ejercicio conocido</translation>
    </message>
    <message>
        <source>{value} is not a known exercise (did you mean "{hint}"?)</source>
        <translation>{value} no es un ejercicio conocido (¿quieres decir "{hint}"?)</translation>
    </message>
</context>
<context>
    <name>RoutineLibrary</name>
    <message>
        <source>"{id}" is already used by another routine; give this one another id</source>
        <translation>"{id}" ya lo usa otra rutina; dale a esta otro id</translation>
    </message>
    <message>
        <source>no routine with the id "{wanted}" (known: none); give a routine id or the path of a routine file</source>
        <translation>no hay ninguna rutina con el id "{wanted}" (conocidas: ninguna); indica un id de rutina o la ruta de un archivo de rutina</translation>
    </message>
    <message>
        <source>no routine with the id "{wanted}" (known: {known}); give a routine id or the path of a routine file</source>
        <translation>no hay ninguna rutina con el id "{wanted}" (conocidas: {known}); indica un id de rutina o la ruta de un archivo de rutina</translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>A first week of calf work, mostly sitting down: a stretch, the band, seated raises and the foot arch.</source>
        <translation>Una primera semana de trabajo de pantorrilla, casi todo sentado: un estiramiento, la banda, elevaciones sentado y el arco del pie.</translation>
    </message>
    <message>
        <source>All nine exercises in one session: a stretch to start, strength work for both calf muscles, balance on one leg and a foot exercise to finish.</source>
        <translation>Los nueve ejercicios en una sesión: un estiramiento para empezar, fuerza para los dos músculos de la pantorrilla, equilibrio sobre una pierna y un ejercicio de pie para terminar.</translation>
    </message>
    <message>
        <source>Balance builder</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>Full programme</source>
        <translation>Programa completo</translation>
    </message>
    <message>
        <source>Gentle start</source>
        <translation>Inicio suave</translation>
    </message>
    <message>
        <source>Movement snack</source>
        <translation>Pausa activa</translation>
    </message>
    <message>
        <source>Standing work for steadier ankles: one-leg raises, the soleus raise on a step and the one-leg hinge, with downward dog to stretch at the end.</source>
        <translation>Trabajo de pie para unos tobillos más estables: elevaciones a una pierna, elevación de sóleo en escalón y la inclinación a una pierna, con el perro boca abajo para estirar al final.</translation>
    </message>
    <message>
        <source>This one exercise on its own, at its usual dose.</source>
        <translation>Solo este ejercicio, con su dosis habitual.</translation>
    </message>
    <message>
        <source>Under two minutes of seated calf raises. Do it a few times a day, whenever you have been sitting for a while.</source>
        <translation>Menos de dos minutos de elevaciones de talones sentado. Hazlo unas cuantas veces al día, cada vez que lleves un rato sentado.</translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <source>A workout is running</source>
        <translation>Hay un entrenamiento en curso</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation><numerusform>%n repetición</numerusform><numerusform>%n repeticiones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation><numerusform>%n serie</numerusform><numerusform>%n series</numerusform></translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to the history</source>
        <translation>Volver al historial</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Borrar sesión</translation>
    </message>
    <message>
        <source>Delete this session</source>
        <translation>Borrar esta sesión</translation>
    </message>
    <message>
        <source>Done {amount}</source>
        <translation>Hecho: {amount}</translation>
    </message>
    <message>
        <source>Earlier attempt, {attempt}</source>
        <translation>Intento anterior, {attempt}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>sin hacer</translation>
    </message>
    <message>
        <source>Not rated yet: rate it here.</source>
        <translation>Aún sin valorar: valórala aquí.</translation>
    </message>
    <message>
        <source>PLANNED AND DONE</source>
        <translation>PLANIFICADO Y HECHO</translation>
    </message>
    <message>
        <source>Partial {part}</source>
        <translation>Parcial: {part}</translation>
    </message>
    <message>
        <source>Planned {amount}</source>
        <translation>Planificado: {amount}</translation>
    </message>
    <message>
        <source>That hurt: {mark}</source>
        <translation>Me ha dolido: {mark}</translation>
    </message>
    <message>
        <source>set {number}, attempt {attempt}: {part}</source>
        <translation>serie {number}, intento {attempt}: {part}</translation>
    </message>
    <message>
        <source>set {number}: {part}</source>
        <translation>serie {number}: {part}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n rep(s)</source>
        <translation><numerusform>{done} de %n repetición</numerusform><numerusform>{done} de %n repeticiones</numerusform></translation>
    </message>
    <message>
        <source>{done} of {planned} s</source>
        <translation>{done} de {planned} s</translation>
    </message>
    <message>
        <source>{exercise} · left</source>
        <translation>{exercise} · izquierda</translation>
    </message>
    <message>
        <source>{exercise} · right</source>
        <translation>{exercise} · derecha</translation>
    </message>
    <message>
        <source>{percent} % done</source>
        <translation>{percent} % hecho</translation>
    </message>
    <message>
        <source>{seconds} s held</source>
        <translation>{seconds} s mantenido</translation>
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
        <translation> · dolor ×{count}</translation>
    </message>
    <message numerus="yes">
        <source>Last week · %n session(s)</source>
        <translation><numerusform>La semana pasada · %n sesión</numerusform><numerusform>La semana pasada · %n sesiones</numerusform></translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message numerus="yes">
        <source>This week · %n session(s)</source>
        <translation><numerusform>Esta semana · %n sesión</numerusform><numerusform>Esta semana · %n sesiones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Week of {date} · %n session(s)</source>
        <translation><numerusform>Semana del {date} · %n sesión</numerusform><numerusform>Semana del {date} · %n sesiones</numerusform></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>pain {pain}</source>
        <translation>dolor {pain}</translation>
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
        <translation>completada</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminada antes</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
</context>
<context>
    <name>SettingsHistory</name>
    <message>
        <source>Delete all my data</source>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <source>Delete all your data?</source>
        <translation>¿Borrar todos tus datos?</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Conservar mis datos</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Weekly goal: sessions a week</source>
        <translation>Objetivo semanal: sesiones por semana</translation>
    </message>
    <message>
        <source>Your history, settings and own routines stay on this computer. Export or back them up from the History page or the command line.</source>
        <translation>Tu historial, tus ajustes y tus rutinas propias se quedan en este ordenador. Expórtalos o haz una copia desde la página Historial o la línea de comandos.</translation>
    </message>
    <message>
        <source>Your whole workout history, your settings, your own routines and the voice cache are removed from this computer. This cannot be undone.</source>
        <translation>Todo tu historial de entrenamientos, tus ajustes, tus rutinas propias y la caché de voz se eliminan de este ordenador. No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Appearance</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Exercise pictures show the start and end still, instead of moving.</source>
        <translation>Las imágenes de los ejercicios muestran el inicio y el final quietos, sin movimiento.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir movimiento</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Tema: {theme}</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>A calfplayer window is already open on {folder}, but it did not answer; close it, or wait for it to finish starting, and try again.</source>
        <translation>Ya hay una ventana de calfplayer abierta en {folder}, pero no respondió; ciérrala o espera a que termine de iniciarse y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SlotState</name>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>due</source>
        <translation>toca ahora</translation>
    </message>
    <message>
        <source>later</source>
        <translation>más tarde</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>SpokenNumbers</name>
    <message>
        <source>eight</source>
        <translation>ocho</translation>
    </message>
    <message>
        <source>eighteen</source>
        <translation>dieciocho</translation>
    </message>
    <message>
        <source>eighty</source>
        <translation>ochenta</translation>
    </message>
    <message>
        <source>eleven</source>
        <translation>once</translation>
    </message>
    <message>
        <source>fifteen</source>
        <translation>quince</translation>
    </message>
    <message>
        <source>fifty</source>
        <translation>cincuenta</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinco</translation>
    </message>
    <message>
        <source>forty</source>
        <translation>cuarenta</translation>
    </message>
    <message>
        <source>four</source>
        <translation>cuatro</translation>
    </message>
    <message>
        <source>fourteen</source>
        <translation>catorce</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>nueve</translation>
    </message>
    <message>
        <source>nineteen</source>
        <translation>diecinueve</translation>
    </message>
    <message>
        <source>ninety</source>
        <translation>noventa</translation>
    </message>
    <message>
        <source>one</source>
        <translation>uno</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>siete</translation>
    </message>
    <message>
        <source>seventeen</source>
        <translation>diecisiete</translation>
    </message>
    <message>
        <source>seventy</source>
        <translation>setenta</translation>
    </message>
    <message>
        <source>six</source>
        <translation>seis</translation>
    </message>
    <message>
        <source>sixteen</source>
        <translation>dieciséis</translation>
    </message>
    <message>
        <source>sixty</source>
        <translation>sesenta</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>diez</translation>
    </message>
    <message>
        <source>thirteen</source>
        <translation>trece</translation>
    </message>
    <message>
        <source>thirty</source>
        <translation>treinta</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tres</translation>
    </message>
    <message>
        <source>twelve</source>
        <translation>doce</translation>
    </message>
    <message>
        <source>twenty</source>
        <translation>veinte</translation>
    </message>
    <message>
        <source>two</source>
        <translation>dos</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>cero</translation>
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
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>StoreHistory</name>
    <message>
        <source>A new history file could not be started: {reason}</source>
        <translation>No se pudo empezar un archivo de historial nuevo: {reason}</translation>
    </message>
    <message>
        <source>Some of your data could not be removed: {files}.</source>
        <translation>Algunos de tus datos no se pudieron quitar: {files}.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({reason}).</source>
        <translation>La copia de seguridad no se pudo escribir en {path} ({reason}).</translation>
    </message>
    <message>
        <source>The backup must go to another file than the history itself.</source>
        <translation>La copia de seguridad debe ir a un archivo distinto del propio historial.</translation>
    </message>
    <message>
        <source>The damaged history file {path} could not be moved aside ({reason}).</source>
        <translation>El archivo de historial dañado {path} no se pudo apartar ({reason}).</translation>
    </message>
    <message>
        <source>The history file {path} cannot be opened ({reason}).</source>
        <translation>El archivo de historial {path} no se puede abrir ({reason}).</translation>
    </message>
    <message>
        <source>The history file {path} is damaged ({reason}).</source>
        <translation>El archivo de historial {path} está dañado ({reason}).</translation>
    </message>
    <message>
        <source>The history file {path} is not a database or is damaged.</source>
        <translation>El archivo de historial {path} no es una base de datos o está dañado.</translation>
    </message>
    <message>
        <source>The history file {path} was written by a newer calfplayer (version {version}); update calfplayer to use it.</source>
        <translation>El archivo de historial {path} lo escribió un calfplayer más nuevo (versión {version}); actualiza calfplayer para usarlo.</translation>
    </message>
    <message>
        <source>The history folder {folder} cannot be created ({reason}).</source>
        <translation>La carpeta del historial {folder} no se puede crear ({reason}).</translation>
    </message>
    <message>
        <source>There is no history to back up yet ({path} does not exist).</source>
        <translation>Aún no hay historial que copiar ({path} no existe).</translation>
    </message>
    <message>
        <source>Your history file was damaged, so a new one was started; the old file was kept as {kept}.</source>
        <translation>Tu archivo de historial estaba dañado, así que se empezó uno nuevo; el archivo antiguo se guardó como {kept}.</translation>
    </message>
    <message>
        <source>another program is holding the history file</source>
        <translation>otro programa tiene ocupado el archivo de historial</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the file cannot use write-ahead logging ({mode})</source>
        <translation>el archivo no puede usar el registro de escritura anticipada ({mode})</translation>
    </message>
    <message>
        <source>the history file is damaged</source>
        <translation>el archivo de historial está dañado</translation>
    </message>
    <message>
        <source>the history folder cannot be written</source>
        <translation>no se puede escribir en la carpeta del historial</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} no se puede abrir ({reason}).</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>{path} could not be restored ({reason}).</source>
        <translation>{path} no se pudo restaurar ({reason}).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <source>{path} is a database, but not a calfplayer history.</source>
        <translation>{path} es una base de datos, pero no un historial de calfplayer.</translation>
    </message>
    <message>
        <source>{path} is a folder, where your history file belongs, so calfplayer cannot keep your workouts there. Move or rename it (calfplayer leaves it as it is).</source>
        <translation>{path} es una carpeta, donde va tu archivo de historial, así que calfplayer no puede guardar ahí tus entrenamientos. Muévela o cámbiale el nombre (calfplayer la deja como está).</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}).</source>
        <translation>{path} está dañado ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a calfplayer history (not a database, or damaged).</source>
        <translation>{path} no es un historial de calfplayer (no es una base de datos o está dañado).</translation>
    </message>
    <message>
        <source>{path} is not a file, where your history file belongs, so calfplayer cannot keep your workouts there. Move or rename it (calfplayer leaves it as it is).</source>
        <translation>{path} no es un archivo, donde va tu archivo de historial, así que calfplayer no puede guardar ahí tus entrenamientos. Muévelo o cámbiale el nombre (calfplayer lo deja como está).</translation>
    </message>
    <message>
        <source>{path} was written by a newer calfplayer (version {version}); update first.</source>
        <translation>{path} lo escribió un calfplayer más nuevo (versión {version}); actualiza primero.</translation>
    </message>
</context>
<context>
    <name>StorePlan</name>
    <message>
        <source>Your plan could not be read ({reason}); no plan is used.</source>
        <translation>No se pudo leer tu plan semanal ({reason}); no se usa ningún plan.</translation>
    </message>
    <message>
        <source>Your plan file {path} is damaged ({reason}); no plan is used.</source>
        <translation>Tu archivo de plan semanal {path} está dañado ({reason}); no se usa ningún plan.</translation>
    </message>
    <message>
        <source>Your plan file {path} is damaged ({reason}); no plan is used. The damaged file was kept as {kept}.</source>
        <translation>Tu archivo de plan semanal {path} está dañado ({reason}); no se usa ningún plan. El archivo dañado se guardó como {kept}.</translation>
    </message>
</context>
<context>
    <name>StoreRecorder</name>
    <message numerus="yes">
        <source>Your history cannot be saved right now ({reason}). %n set is kept and will be saved as soon as possible.</source>
        <translation><numerusform>Tu historial no se puede guardar ahora mismo ({reason}). %n serie se guarda aparte y se guardará en cuanto sea posible.</numerusform><numerusform>Tu historial no se puede guardar ahora mismo ({reason}). %n series se guardan aparte y se guardarán en cuanto sea posible.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your history cannot be saved right now ({reason}). %n sets are kept and will be saved as soon as possible.</source>
        <translation><numerusform>Tu historial no se puede guardar ahora mismo ({reason}). %n serie se guarda aparte y se guardará en cuanto sea posible.</numerusform><numerusform>Tu historial no se puede guardar ahora mismo ({reason}). %n series se guardan aparte y se guardarán en cuanto sea posible.</numerusform></translation>
    </message>
    <message>
        <source>Your history cannot be saved right now ({reason}). Your sets will be kept and saved as soon as possible.</source>
        <translation>Tu historial no se puede guardar ahora mismo ({reason}). Tus series se guardan aparte y se guardarán en cuanto sea posible.</translation>
    </message>
    <message numerus="yes">
        <source>Your history cannot be saved right now. {reason} %n set is kept and will be saved as soon as possible.</source>
        <translation><numerusform>Tu historial no se puede guardar ahora mismo. {reason} %n serie se guarda aparte y se guardará en cuanto sea posible.</numerusform><numerusform>Tu historial no se puede guardar ahora mismo. {reason} %n series se guardan aparte y se guardarán en cuanto sea posible.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your history cannot be saved right now. {reason} %n sets are kept and will be saved as soon as possible.</source>
        <translation><numerusform>Tu historial no se puede guardar ahora mismo. {reason} %n serie se guarda aparte y se guardará en cuanto sea posible.</numerusform><numerusform>Tu historial no se puede guardar ahora mismo. {reason} %n series se guardan aparte y se guardarán en cuanto sea posible.</numerusform></translation>
    </message>
    <message>
        <source>Your history cannot be saved right now. {reason} Your sets will be kept and saved as soon as possible.</source>
        <translation>Tu historial no se puede guardar ahora mismo. {reason} Tus series se guardan aparte y se guardarán en cuanto sea posible.</translation>
    </message>
    <message>
        <source>Your history could not be checked ({reason}).</source>
        <translation>No se pudo comprobar tu historial ({reason}).</translation>
    </message>
    <message>
        <source>{problem} Until this is fixed, your sets are kept, and closing calfplayer saves them to a file to bring in later.</source>
        <translation>{problem} Hasta que se arregle, tus series se guardan aparte, y al cerrar calfplayer se escriben en un archivo para incorporarlas después.</translation>
    </message>
</context>
<context>
    <name>StoreSettings</name>
    <message>
        <source>Your settings could not be read ({reason}); using the defaults.</source>
        <translation>No se pudieron leer tus ajustes ({reason}); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>Your settings file was damaged ({reason}); using the defaults.</source>
        <translation>Tu archivo de ajustes estaba dañado ({reason}); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>Your settings file was damaged ({reason}); using the defaults. The damaged file was kept as {kept}.</source>
        <translation>Tu archivo de ajustes estaba dañado ({reason}); se usan los valores predeterminados. El archivo dañado se guardó como {kept}.</translation>
    </message>
    <message>
        <source>byte {number} is not UTF-8 text</source>
        <translation>el byte {number} no es texto UTF-8</translation>
    </message>
    <message>
        <source>its brackets nest too deeply</source>
        <translation>sus corchetes están anidados a demasiada profundidad</translation>
    </message>
</context>
<context>
    <name>StoreUnsaved</name>
    <message>
        <source>a format this calfplayer does not know</source>
        <translation>un formato que este calfplayer no conoce</translation>
    </message>
    <message>
        <source>{path}, line {number}, cannot be read ({reason}).</source>
        <translation>{path}, línea {number}, no se puede leer ({reason}).</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Sin hacer</translation>
    </message>
    <message>
        <source>Time taken {taken} · planned {planned}</source>
        <translation>Duración {taken} · prevista {planned}</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <source>Workout done, with gaps</source>
        <translation>Entrenamiento hecho, con huecos</translation>
    </message>
    <message>
        <source>Workout ended early</source>
        <translation>Entrenamiento terminado antes</translation>
    </message>
    <message>
        <source>Workout saved</source>
        <translation>Entrenamiento guardado</translation>
    </message>
    <message numerus="yes">
        <source>You did {done} of %n exercise, {percent} % of the sets of {routine}. What you did is kept.</source>
        <translation><numerusform>Has hecho {done} de %n ejercicio, el {percent} % de las series de {routine}. Lo que has hecho queda guardado.</numerusform><numerusform>Has hecho {done} de %n ejercicios, el {percent} % de las series de {routine}. Lo que has hecho queda guardado.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>You did {done} of %n exercises, {percent} % of the sets of {routine}. What you did is kept.</source>
        <translation><numerusform>Has hecho {done} de %n ejercicio, el {percent} % de las series de {routine}. Lo que has hecho queda guardado.</numerusform><numerusform>Has hecho {done} de %n ejercicios, el {percent} % de las series de {routine}. Lo que has hecho queda guardado.</numerusform></translation>
    </message>
    <message>
        <source>You finished {routine}: every set of every exercise.</source>
        <translation>Has terminado {routine}: todas las series de todos los ejercicios.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n reps</source>
        <translation><numerusform>{done} de %n repetición</numerusform><numerusform>{done} de %n repeticiones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n s held</source>
        <translation><numerusform>{done} de %n s mantenidos</numerusform><numerusform>{done} de %n s mantenidos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n sets</source>
        <translation><numerusform>{done} de %n serie</numerusform><numerusform>{done} de %n series</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n sides and sets</source>
        <translation><numerusform>{done} de %n lado y serie</numerusform><numerusform>{done} de %n lados y series</numerusform></translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <source>A quiet day: nothing planned</source>
        <translation>Un día libre: nada planificado</translation>
    </message>
    <message>
        <source>Nothing planned today</source>
        <translation>Hoy no hay nada planificado</translation>
    </message>
    <message>
        <source>TODAY</source>
        <translation>HOY</translation>
    </message>
    <message>
        <source>Today's plan</source>
        <translation>Plan de hoy</translation>
    </message>
    <message>
        <source>Today: a quiet day: nothing planned</source>
        <translation>Hoy: un día libre: nada planificado</translation>
    </message>
    <message>
        <source>Today: nothing planned today</source>
        <translation>Hoy: no hay nada planificado</translation>
    </message>
    <message>
        <source>Today: {plan} — {state}</source>
        <translation>Hoy: {plan} — {state}</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>hecho ✓</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>toca ahora</translation>
    </message>
    <message>
        <source>later, at {time}</source>
        <translation>más tarde, a las {time}</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>skipped today</source>
        <translation>saltado hoy</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>VoiceProblems</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>aplay is missing: cues not rendered yet cannot be spoken</source>
        <translation>falta aplay: los avisos aún no preparados no se pueden decir</translation>
    </message>
    <message>
        <source>check the sound settings of your computer</source>
        <translation>revisa los ajustes de sonido de tu ordenador</translation>
    </message>
    <message>
        <source>choose a voice for {language}, or the default voice</source>
        <translation>elige una voz para {language} o la voz predeterminada</translation>
    </message>
    <message>
        <source>connect speakers or headphones, or start the sound server</source>
        <translation>conecta altavoces o auriculares, o inicia el servidor de sonido</translation>
    </message>
    <message>
        <source>install {package}: sudo apt-get install {package}</source>
        <translation>instala {package}: sudo apt-get install {package}</translation>
    </message>
    <message>
        <source>no audio output was found</source>
        <translation>no se ha encontrado ninguna salida de audio</translation>
    </message>
    <message>
        <source>no speech engine</source>
        <translation>no hay motor de voz</translation>
    </message>
    <message>
        <source>no voice speaks {language} here, so the cues are spoken in English</source>
        <translation>aquí ninguna voz habla {language}, así que los avisos se dicen en inglés</translation>
    </message>
    <message>
        <source>reinstall calfplayer</source>
        <translation>reinstala calfplayer</translation>
    </message>
    <message>
        <source>the audio library could not be loaded</source>
        <translation>no se ha podido cargar la biblioteca de audio</translation>
    </message>
    <message>
        <source>the cue log could not be opened ({problem})</source>
        <translation>no se ha podido abrir el registro de avisos ({problem})</translation>
    </message>
    <message>
        <source>the sound could not be played</source>
        <translation>no se ha podido reproducir el sonido</translation>
    </message>
    <message>
        <source>the voice chosen in Settings does not speak {language}, so the cues are spoken in English</source>
        <translation>la voz elegida en Ajustes no habla {language}, así que los avisos se dicen en inglés</translation>
    </message>
    <message>
        <source>the voice could not be loaded ({problem})</source>
        <translation>no se ha podido cargar la voz ({problem})</translation>
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
        <translation><numerusform>%n voz</numerusform><numerusform>%n voces</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) a minute</source>
        <translation><numerusform>%n palabra por minuto</numerusform><numerusform>%n palabras por minuto</numerusform></translation>
    </message>
    <message>
        <source>Beeps for “3, 2, 1” and the end of a hold</source>
        <translation>Pitidos para «3, 2, 1» y el final de mantener</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Entrenador</translation>
    </message>
    <message>
        <source>Counts and phases</source>
        <translation>Cuenta y fases</translation>
    </message>
    <message>
        <source>Counts only</source>
        <translation>Solo la cuenta</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <source>Looking for voices…</source>
        <translation>Buscando voces…</translation>
    </message>
    <message>
        <source>No speech engine: only beeps can sound.</source>
        <translation>No hay motor de voz: solo pueden sonar pitidos.</translation>
    </message>
    <message>
        <source>Not spoken: {reason}</source>
        <translation>No se ha dicho: {reason}</translation>
    </message>
    <message>
        <source>Off for this run (--no-voice): nothing is spoken or beeped until calfplayer is started without it. What you choose here is kept for then.</source>
        <translation>Desactivado en esta ejecución (--no-voice): no se dice ni pita nada hasta que calfplayer se inicie sin esa opción. Lo que elijas aquí se guarda para entonces.</translation>
    </message>
    <message>
        <source>Speaking…</source>
        <translation>Hablando…</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Spoke: “{sample}”</source>
        <translation>Dicho: «{sample}»</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Indicaciones habladas</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Probar voz</translation>
    </message>
    <message>
        <source>The voices could not be listed.</source>
        <translation>No se pudieron listar las voces.</translation>
    </message>
    <message>
        <source>Three, two, one. Up. Hold. Down. Five.</source>
        <translation>Tres, dos, uno. Arriba. Mantén. Abajo. Cinco.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
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
        <translation>"added": "{added}" no es una fecha como 2026-01-31</translation>
    </message>
    <message>
        <source>"days" is empty</source>
        <translation>"days" está vacío</translation>
    </message>
    <message>
        <source>"entries" is not a list</source>
        <translation>"entries" no es una lista</translation>
    </message>
    <message>
        <source>"format" is {found}, not {known}</source>
        <translation>"format" es {found}, no {known}</translation>
    </message>
    <message>
        <source>"routine" is not a routine id</source>
        <translation>"routine" no es un id de rutina</translation>
    </message>
    <message>
        <source>"{key}" is missing or not text</source>
        <translation>"{key}" falta o no es texto</translation>
    </message>
    <message>
        <source>"{name}" is not a day: {hint}.</source>
        <translation>"{name}" no es un día: {hint}.</translation>
    </message>
    <message>
        <source>"{text}" is not a time of day: use HH:MM, from 00:00 to 23:59.</source>
        <translation>"{text}" no es una hora: usa HH:MM, de 00:00 a 23:59.</translation>
    </message>
    <message>
        <source>"{text}" is not an interval: use hours or minutes (2h, 90m, 1h30m).</source>
        <translation>"{text}" no es un intervalo: usa horas o minutos (2h, 90m, 1h30m).</translation>
    </message>
    <message>
        <source>"{text}" is out of range: snacks come every {low} min to every {high} hours.</source>
        <translation>"{text}" está fuera de rango: los snacks van cada {low} min hasta cada {high} horas.</translation>
    </message>
    <message>
        <source>No days given: {hint}.</source>
        <translation>No se indicaron días: {hint}.</translation>
    </message>
    <message>
        <source>Snacks come every {low} minutes to every {high} hours.</source>
        <translation>Los snacks van cada {low} minutos hasta cada {high} horas.</translation>
    </message>
    <message>
        <source>That is already in your plan.</source>
        <translation>Eso ya está en tu plan semanal.</translation>
    </message>
    <message>
        <source>The snacks end at {end}, which is not after they start ({start}): the last snack comes after the first.</source>
        <translation>Los snacks terminan a las {end}, que no es después de empezar ({start}): el último snack va después del primero.</translation>
    </message>
    <message numerus="yes">
        <source>There is no entry {number}: your plan has %n entries.</source>
        <translation><numerusform>No hay entrada {number}: tu plan semanal tiene %n entrada.</numerusform><numerusform>No hay entrada {number}: tu plan semanal tiene %n entradas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>There is no entry {number}: your plan has %n entry.</source>
        <translation><numerusform>No hay entrada {number}: tu plan semanal tiene %n entrada.</numerusform><numerusform>No hay entrada {number}: tu plan semanal tiene %n entradas.</numerusform></translation>
    </message>
    <message>
        <source>There is no entry {number}: your plan is empty.</source>
        <translation>No hay entrada {number}: tu plan semanal está vacío.</translation>
    </message>
    <message>
        <source>entry {number}: {problem}</source>
        <translation>entrada {number}: {problem}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>every {interval} from {start} to {end}, {days}</source>
        <comment>every 45 min from 09:00 to 17:00, Mon–Fri</comment>
        <translation>cada {interval} de {start} a {end}, {days}</translation>
    </message>
    <message>
        <source>neither "at" (a time) nor "every" (movement snacks)</source>
        <translation>ni "at" (una hora) ni "every" (snacks de movimiento)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>el archivo no contiene un objeto JSON</translation>
    </message>
    <message>
        <source>use mon, tue, wed, thu, fri, sat, sun, a range like mon-fri, or daily</source>
        <translation>usa mon, tue, wed, thu, fri, sat, sun, un rango como mon-fri, o daily</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <comment>Mon, Wed at 07:30</comment>
        <translation>{days} a las {time}</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <comment>a run of weekdays: Mon–Fri</comment>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{where} is not a list of days</source>
        <translation>{where} no es una lista de días</translation>
    </message>
</context>
<context>
    <name>WorkoutProgress</name>
    <message>
        <source>Workout progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <source>{percent} % done</source>
        <translation>{percent} % hecho</translation>
    </message>
</context>
<context>
    <name>WorkoutsPage</name>
    <message>
        <source>Import a routine file</source>
        <translation>Importar un archivo de rutina</translation>
    </message>
    <message>
        <source>Import routine…</source>
        <translation>Importar rutina…</translation>
    </message>
    <message>
        <source>Make a new routine</source>
        <translation>Crear una rutina nueva</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>No equipment needed</source>
        <translation>No necesitas material</translation>
    </message>
    <message>
        <source>Pick a routine. Each one shows the time it takes.</source>
        <translation>Elige una rutina. Cada una muestra cuánto dura.</translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>You need: {equipment}</source>
        <translation>Necesitas: {equipment}</translation>
    </message>
    <message>
        <source>{facts}. {equipment}. {description}</source>
        <translation>{facts}. {equipment}. {description}</translation>
    </message>
    <message numerus="yes">
        <source>{minutes} min · %n exercise(s)</source>
        <translation><numerusform>{minutes} min · %n ejercicio</numerusform><numerusform>{minutes} min · %n ejercicios</numerusform></translation>
    </message>
</context>
</TS>
