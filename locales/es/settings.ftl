# Las palabras de Ajustes: sus datos (el formulario del perfil, que también se usa en
# las primeras preguntas de Hoy), su rutina y sus límites de dolor, las indicaciones,
# sus datos guardados, las copias de seguridad, la entrada al creador de rutinas para
# fisioterapeutas y la información sobre la app.

## Ajustes (pages/settings.rs)
settings-title = Ajustes
settings-profile-title = Tú y tu bebé
settings-profile-saved = Guardado. Tu rutina ya se adapta a estos datos.
settings-profile-save = Guardar mis datos
settings-physio-title = Para fisioterapeutas
settings-physio-body = Prepara una rutina para que una paciente la haga en casa y compártela como enlace, código QR o documento impreso.
settings-physio-build = Crear una rutina para compartir
settings-about-title = Acerca de la app
settings-about-coach = { -app-name } es una guía general de ejercicio para los meses después del parto. No diagnostica nada. Si el dolor empeora, o notas que algo no va bien, contacta con tu matrona, tu médico o tu fisioterapeuta.
settings-about-private = No usa cuentas, ni rastreadores, ni servicios externos: lo único que descarga son sus propios archivos.

## Su rutina (pages/settings/cards.rs)
settings-routine-title = Tu rutina
# Una lista de números: cuántos minutos dura su rutina cada día.
settings-routine-length = Minutos al día
settings-pain-limits-title = Límites de dolor
settings-pain-limits-body = Tu plan solo avanza después de sesiones en las que el dolor se quedó en el primer número o por debajo y tu espalda estaba bien a la mañana siguiente; por encima del segundo, el plan baja el ritmo. Los valores prudentes que vienen por defecto (3 y 5 sobre 10) siguen el método de control del dolor que usan los fisioterapeutas.
# Cada una es la etiqueta de una lista de números: dolor sobre 10, un número de sesiones, semanas.
settings-comfortable = Cómodo hasta
settings-acceptable = Aceptable hasta
settings-sessions-to-progress = Sesiones buenas antes de avanzar
settings-tear-weeks = Semanas tras un desgarro grave

## Las indicaciones durante una rutina (pages/settings/cards.rs)
settings-cues-title = Durante una rutina
# Cada indicación: el nombre de un interruptor y una línea corta debajo.
settings-cue-speech = Indicaciones habladas
settings-cue-speech-hint = Dice el nombre de cada ejercicio y te da la cuenta para empezar.
settings-cue-beeps = Pitidos
settings-cue-beeps-hint = Tonos cortos cuando empieza y cuando termina cada fase.
settings-cue-vibration = Vibración
settings-cue-vibration-hint = Si el teléfono lo permite.
settings-cue-flash = Destello en la pantalla
settings-cue-flash-hint = Un destello breve con cada cambio, para sitios con ruido.

## Sus datos (pages/settings/cards.rs)
settings-data-title = Tus datos
settings-data-persist = Tu progreso se guarda en este navegador, en este dispositivo. Nunca se envía a ningún sitio.
settings-data-memory = Tu progreso solo se conserva mientras esta pestaña siga abierta: este navegador no deja que la app lo guarde.
# $date: el día en que aceptó el aviso del primer uso, tal como lo escribe su navegador.
settings-data-notice = Leíste el aviso sobre cómo usar esta app con seguridad el { $date }.
settings-storage-kept = Guardado de forma permanente: este navegador no lo borrará para liberar espacio.
settings-storage-not-kept = Todavía no está guardado de forma permanente: si el teléfono se queda casi sin espacio, este navegador podría borrarlo. Instalar la app (Añadir a pantalla de inicio) suele ayudar.
# Cuánto espacio ocupa la app: $size es un número entero de kilobytes («820»).
settings-storage-used-kb = En uso: { $size } KB, contando los archivos de la app para funcionar sin conexión.
# Lo mismo en megabytes: $whole y $tenths son las partes de un número como 1,4.
settings-storage-used-mb = En uso: { $whole },{ $tenths } MB, contando los archivos de la app para funcionar sin conexión.
settings-storage-ask = Pedir que se conserve
settings-erase = Borrar todo…
settings-erase-question = ¿Borrar todo lo que esta app ha guardado en este navegador?
# Lo que se borra: $count es cuántos de $a a $h hay, cada uno uno de los mensajes
# settings-erase-… de abajo (sus ajustes se borran siempre).
settings-erase-what = { $count ->
    [0] Se borrarán tus ajustes.
    [1] Se borrarán { $a } y tus ajustes.
    [2] Se borrarán { $a }, { $b } y tus ajustes.
    [3] Se borrarán { $a }, { $b }, { $c } y tus ajustes.
    [4] Se borrarán { $a }, { $b }, { $c }, { $d } y tus ajustes.
    [5] Se borrarán { $a }, { $b }, { $c }, { $d }, { $e } y tus ajustes.
    [6] Se borrarán { $a }, { $b }, { $c }, { $d }, { $e }, { $f } y tus ajustes.
    [7] Se borrarán { $a }, { $b }, { $c }, { $d }, { $e }, { $f }, { $g } y tus ajustes.
   *[other] Se borrarán { $a }, { $b }, { $c }, { $d }, { $e }, { $f }, { $g }, { $h } y tus ajustes.
}
settings-erase-profile = tu perfil y tu plan
settings-erase-sessions = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
# Lo que contestó después de una sesión y a la mañana siguiente sobre cómo estaba su espalda.
settings-erase-reports = { $count ->
    [one] { $count } registro de cómo estaba tu espalda
   *[other] { $count } registros de cómo estaba tu espalda
}
settings-erase-flags = { $count ->
    [one] { $count } registro de una señal de alarma
   *[other] { $count } registros de señales de alarma
}
settings-erase-routines = { $count ->
    [one] { $count } rutina de un fisioterapeuta
   *[other] { $count } rutinas de fisioterapeutas
}
# Rutinas que un fisioterapeuta guardó en el creador de rutinas de este dispositivo (aparte de las suyas).
settings-erase-builder = { $count ->
    [one] { $count } rutina guardada en el creador de rutinas para fisioterapeutas
   *[other] { $count } rutinas guardadas en el creador de rutinas para fisioterapeutas
}
# Sus pruebas para volver a correr (cada intento, terminado o no).
settings-erase-run-checks = { $count ->
    [one] { $count } prueba para volver a correr
   *[other] { $count } pruebas para volver a correr
}
# Copias anteriores de sus datos que la app apartó (una dañada, o de antes de restaurar).
settings-erase-copies = { $count ->
    [one] { $count } copia apartada
   *[other] { $count } copias apartadas
}
settings-erase-undo = No se puede deshacer. Si quieres conservar algo, guarda antes una copia de seguridad.
settings-erase-yes = Sí, borrar todo
settings-erase-no = Conservar mis datos

## Copias de seguridad (pages/settings/backup.rs)
settings-backup-title = Guarda una copia
settings-backup-body = Todo lo que registras se queda en este navegador. Guarda una copia de seguridad de vez en cuando, para no perder tu progreso si cambias de teléfono o se borran los datos del navegador.
settings-backup-save = Guardar una copia de seguridad
# Abre el menú de compartir del teléfono con el archivo.
settings-backup-send = Enviar el archivo…
# $name es el nombre del archivo.
settings-backup-saved = Se ha guardado como { $name }. Guárdalo en un lugar seguro, como tu correo electrónico o una nube.
settings-backup-not-saved = Este navegador no ha dejado guardar el archivo.
settings-backup-sent = Se ha enviado { $name }.
settings-backup-restore-title = Recuperar una copia de seguridad
# Para lectores de pantalla: el selector de archivos oculto.
settings-backup-file-label = Archivo de copia de seguridad
settings-backup-choose = Elegir una copia de seguridad…
settings-backup-reading = Leyendo el archivo…
settings-backup-unreadable = Este navegador no ha podido leer ese archivo. No se ha cambiado nada.
settings-backup-in-file = En este archivo:
# Para lectores de pantalla: la lista de lo que contiene el archivo.
settings-backup-holds-label = Lo que contiene la copia de seguridad
settings-backup-merge-or-replace = «Combinar» junta las sesiones y los registros del archivo con los de aquí, y se quedan el perfil y los ajustes más recientes. «Sustituir» cambia lo que hay aquí por lo del archivo.
settings-backup-merge = Combinar
settings-backup-replace = Sustituir…
settings-backup-cancel = Cancelar
settings-backup-replace-question = ¿Sustituir lo que hay aquí por la copia de seguridad?
# $summary: lo que hay en este teléfono, una lista que termina en punto («3 sesiones, … y tus ajustes.»).
settings-backup-replace-what = Este teléfono tiene { $summary } Se sustituirá todo por lo del archivo. Antes se guarda una copia aparte en este navegador.
settings-backup-replace-yes = Sí, sustituir
settings-backup-go-back = Volver
settings-backup-restored = Se ha recuperado la copia de seguridad.
settings-backup-kept-aside = Lo que había antes se ha guardado aparte en este navegador, por si lo necesitas.
settings-backup-no-room = No se ha cambiado nada: este navegador no ha podido guardar antes una copia de lo que hay aquí. Libera algo de espacio, o elige «Combinar».

## El formulario del perfil, en Ajustes y en las primeras preguntas de Hoy (components/profile_form.rs)
settings-profile-yes = Sí
settings-profile-no = No
settings-profile-not-sure = No lo sé
settings-profile-born = ¿Cuándo nació tu bebé?
settings-profile-birth-date = Fecha de nacimiento
settings-profile-use-weeks = Prefiero decir hace cuántas semanas
settings-profile-weeks = ¿Hace cuántas semanas, más o menos?
# En la casilla vacía de las semanas, si antes dio semanas: $weeks es cuántas son ahora.
settings-profile-weeks-now = Ahora { $weeks }; déjalo vacío para no cambiarlo
settings-profile-use-date = Prefiero poner la fecha
settings-profile-delivery = ¿Cómo fue el parto?
settings-profile-tear = ¿Tuviste un desgarro de tercer o cuarto grado?
settings-profile-epidural = ¿Te pusieron anestesia epidural o raquídea?
settings-profile-sites = ¿Dónde te duele? (marca todas las que quieras)
settings-profile-usual-pain = En un día normal, ¿cuánto te duele la espalda? (opcional)
settings-profile-lifting-pain = ¿Te duele al levantar o llevar en brazos a tu bebé?
settings-profile-pregnancy-pain = ¿Tuviste dolor de espalda o dolor pélvico durante el embarazo?
# Le siguen opciones como «Muy activa».
settings-profile-activity = Antes del embarazo, eras…
settings-profile-cleared = ¿Te ha dado el visto bueno una matrona, un médico o un fisioterapeuta para hacer más ejercicio?
settings-profile-safety = Para las pantallas de seguridad (opcional)
settings-profile-emergency = El número de emergencias de donde vives
# El ejemplo en la casilla vacía del número de emergencias: números de emergencias habituales.
settings-profile-emergency-example = p. ej., 112, 911, 999
settings-profile-contact = Tu matrona, tu médico o tu fisioterapeuta (nombre y teléfono)

## Lo que el formulario del perfil dice que falta (components/profile_form/draft.rs)
settings-profile-need-date = Escribe la fecha de nacimiento de tu bebé.
settings-profile-future-date = La fecha de nacimiento no puede ser posterior a hoy.
settings-profile-need-weeks = Di más o menos hace cuántas semanas nació tu bebé.
# $max: el número máximo de semanas que puede indicar.
settings-profile-weeks-range = Las semanas desde el parto tienen que ser un número del 0 al { $max }.
settings-profile-need-delivery = Indica cómo fue el parto.
settings-profile-emergency-too-long = El número de emergencias es demasiado largo.
settings-profile-contact-too-long = Los datos de contacto son demasiado largos.
