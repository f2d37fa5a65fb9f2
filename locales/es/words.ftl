# Las palabras compartidas del dominio: dosis, cada cuánto, fechas del Historial, lo
# que contiene una copia de seguridad y lo que hizo al combinarla, por qué no se puede
# abrir un archivo o un enlace, y el nombre de la rutina propia de la app.

## Dosis (domain/wording.rs): «2 series de 8 veces, manteniendo 5 s, con 30 s de descanso entre series»
# Trabajo por tiempo en minutos enteros (2 o más).
words-work-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
# Trabajo por tiempo de más de un minuto: «1 min y 30 s».
words-work-minutes-seconds = { $minutes } min y { $seconds } s
words-work-seconds = { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
words-work-reps = { $reps ->
    [one] { $reps } vez
   *[other] { $reps } veces
}
# $hold: segundos que se mantiene cada vez.
words-work-reps-hold = { $reps ->
    [one] { $reps } vez
   *[other] { $reps } veces
}, manteniendo { $hold } s
# $work: una de las líneas de arriba.
words-dose-each-side = { $work } a cada lado
# $sets: series (2 o más); $work: el trabajo de una serie; $rest: segundos de descanso.
words-dose-sets = { $sets } series de { $work }, con { $rest } s de descanso entre series

## Cada cuánto (domain/wording.rs)
words-per-day = { $count ->
    [1] una vez al día
    [2] dos veces al día
   *[other] { $count } veces al día
}
words-per-week = { $count ->
    [1] una vez a la semana
   *[other] { $count } veces a la semana
}

## Historial (domain/history/fold.rs): una semana de sesiones antiguas guardada como totales
# $date: su lunes, con el año («3 mar 2025»).
words-week-of = Semana del { $date }

## Lo que contiene una copia de seguridad (domain/backup/preview.rs)
# Un número o una fecha sin más, como valor de una de las filas de abajo.
words-value = { $value }
words-backup-made-on = Fecha de la copia
words-backup-sessions = Sesiones
words-backup-sessions-none = Ninguna
# $count sesiones, todas el mismo día, $date.
words-backup-sessions-on = { $count }, el { $date }
# $count sesiones, la primera el $from y la última el $to.
words-backup-sessions-span = { $count }, del { $from } al { $to }
words-backup-profile = Perfil
words-backup-profile-yes = Sí
words-backup-profile-none = Ninguno
words-backup-reports = Registros de cómo estaba tu espalda
words-backup-red-flags = Señales de alarma registradas
words-backup-routines = Rutinas de fisioterapeutas
# Una frase para un lector de pantalla o una confirmación.
words-backup-summary = { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}, { $reports ->
    [one] { $reports } registro de cómo estaba tu espalda
   *[other] { $reports } registros de cómo estaba tu espalda
}, { $flags ->
    [one] { $flags } registro de una señal de alarma
   *[other] { $flags } registros de señales de alarma
} y { $routines ->
    [one] { $routines } rutina de un fisioterapeuta
   *[other] { $routines } rutinas de fisioterapeutas
}.

## Por qué no se puede leer un archivo de copia de seguridad (domain/backup.rs)
words-backup-empty = Este archivo está vacío, así que no hay nada que recuperar. No se ha cambiado nada.
words-backup-not-a-backup = Este archivo no es una copia de seguridad de { -app-name }. Elige el archivo que guardó la app, con un nombre como gentle-back-2026-11-27.json. No se ha cambiado nada.
words-backup-damaged = Esta copia de seguridad está dañada y no se puede leer. No se ha cambiado nada. Si tienes otra copia, prueba con esa.
words-backup-newer = Esta copia de seguridad la hizo una versión más nueva de { -app-name }. Recarga la app para actualizarla y vuelve a intentarlo. No se ha cambiado nada.
words-backup-too-large = Este archivo es demasiado grande para ser una copia de seguridad de { -app-name }. No se ha cambiado nada.

## Lo que hizo combinar una copia de seguridad (domain/merge/report.rs)
words-import-sessions-added = { $count ->
    [one] Se ha añadido { $count } sesión del archivo.
   *[other] Se han añadido { $count } sesiones del archivo.
}
words-import-no-new-sessions = No hay sesiones nuevas: este dispositivo ya tenía todas las sesiones del archivo.
words-import-sessions-completed = { $count ->
    [one] { $count } sesión que ya tenías se ha completado con respuestas del archivo.
   *[other] { $count } sesiones que ya tenías se han completado con respuestas del archivo.
}
words-import-red-flags-added = { $count ->
    [one] Se ha añadido { $count } registro de una señal de alarma del archivo.
   *[other] Se han añadido { $count } registros de señales de alarma del archivo.
}
words-import-routines-added = { $count ->
    [one] Se ha añadido { $count } rutina de un fisioterapeuta del archivo.
   *[other] Se han añadido { $count } rutinas de fisioterapeutas del archivo.
}
words-import-no-profile = Ni este dispositivo ni el archivo tienen todavía un perfil.
words-import-profile-from-file-newer = Tu perfil y tu plan son ahora los del archivo, porque es más reciente.
words-import-profile-from-file-none-here = Tu perfil y tu plan son ahora los del archivo, porque este dispositivo no tenía ninguno.
words-import-profile-kept-newer = Se han conservado tu perfil y tu plan de este dispositivo, porque son más recientes que los del archivo.
words-import-profile-kept-none-in-file = Se han conservado tu perfil y tu plan de este dispositivo, porque el archivo no tiene ninguno.
words-import-settings-from-file = Tus ajustes (indicaciones, límites de dolor y duración de la rutina) son ahora los del archivo, porque es más reciente.
words-import-settings-kept = Se han conservado tus ajustes de este dispositivo, porque son más recientes que los del archivo.

## Por qué no se puede abrir un enlace compartido (domain/share.rs)
words-link-empty = El enlace está vacío.
# $chars: la longitud del enlace, en caracteres.
words-link-too-long = El enlace es demasiado largo para haberlo creado esta app ({ $chars } caracteres).
words-link-not-base64 = El enlace tiene caracteres que esta app nunca pone en un enlace; puede que se modificara al copiarlo.
words-link-truncated = El enlace está cortado; copia el enlace entero y vuelve a intentarlo.
words-link-changed = El enlace se modificó o se dañó después de crearlo; pide un enlace nuevo.
# $format: el número de formato del enlace.
words-link-unknown-version = El enlace lo creó una versión de la app que esta no conoce (formato { $format }); actualiza la app y vuelve a intentarlo.
# $kind: el número que dice qué contiene el enlace.
words-link-unknown-kind = El enlace contiene algo que esta versión de la app no puede abrir (tipo { $kind }); actualiza la app y vuelve a intentarlo.
words-link-unpack-failed = No se ha podido descomprimir el contenido del enlace; pide un enlace nuevo.
words-link-too-large = El enlace contiene mucho más de lo que cabe en una rutina o un resumen.
words-link-damaged = El enlace está dañado: una parte no se puede leer.
# $code: el número del ejercicio en el enlace.
words-link-unknown-exercise = El enlace nombra un ejercicio que esta versión de la app no tiene (código { $code }); actualiza la app y vuelve a intentarlo.
words-link-unsafe-dose = El enlace pide una cantidad de ejercicio fuera de los límites seguros.
words-link-bad-text = Un texto del enlace es demasiado largo o tiene caracteres que no se permiten.
words-link-bad-number = Un número del enlace está fuera de los límites.
words-link-extra = El enlace tiene datos de más al final; puede que se haya modificado.

## La rutina propia de la app (domain/report.rs), con su nombre en el resumen para la fisioterapeuta
words-app-routine = Rutina de { -app-name }
