# Las palabras de Gentle Back en español. Mismos mensajes y variables que locales/en/.
# Tratamiento: «tú» en todo el texto (ver GLOSSARY.md).

-app-name = Gentle Back

## El idioma
language-name = Español
language-label = Idioma
language-help = Las palabras de cada pantalla y las indicaciones habladas.
words-unavailable = No se han podido descargar los textos en español, así que de momento la app se muestra en inglés. Comprueba tu conexión y vuelve a intentarlo.
words-retry = Volver a intentarlo

## Navegación principal
nav-label = Principal
nav-today = Hoy
nav-exercises = Ejercicios
nav-history = Historial
nav-settings = Ajustes

## Aviso del primer uso
first-run-title = Antes de empezar
first-run-lead = { -app-name } te guía en ejercicios cortos y suaves para la espalda en los meses después de tener a tu bebé.
first-run-coach = Es una guía general de ejercicio. No da consejo médico y no puede saber qué causa un dolor.
first-run-check = Antes de empezar, consulta con tu matrona, tu médico o tu fisioterapeuta, sobre todo si tuviste una cesárea o un parto complicado.
first-run-stop = Deja cualquier ejercicio que te duela más que un poco, y busca ayuda enseguida si notas que algo va realmente mal.
first-run-private = Todo lo que escribes se queda en este navegador, en este dispositivo. No se envía nada a ningún sitio.
first-run-accept = Entendido, empecemos
first-visit-opening = Preparando tus ejercicios…
first-visit-offline-title = Todavía sin conexión
first-visit-offline = Tu respuesta queda guardada. Los ejercicios se abren en cuanto el teléfono vuelva a tener conexión.
first-visit-retry = Volver a intentarlo

## Ajustes: idioma
settings-language-title = Idioma
settings-no-voice = Este teléfono no tiene voz para este idioma, así que los ejercicios no se leen en voz alta. Los pitidos y la vibración te siguen guiando.

## Cantidades
sessions-count = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}

## Almacenamiento y otras pestañas (avisos en lo alto de cada pantalla)
storage-unavailable = Este navegador no deja que la app guarde nada (¿navegación privada o datos de sitios bloqueados?). Puedes usarla igualmente, pero tu progreso se perderá al cerrar la pestaña.
storage-quarantined = No se ha podido leer tu progreso guardado, así que la app ha empezado de cero. La copia dañada se ha apartado, no se ha borrado.
storage-unreadable = No se ha podido leer tu progreso guardado. Se ha dejado tal cual y en esta pestaña no se guardará nada nuevo.
storage-newer = Tu progreso lo guardó una versión más nueva de esta app. Para protegerlo, esta versión no lo cambiará: recarga la página para tener la versión nueva.
storage-write-failed = No se han podido guardar tus últimos cambios, seguramente porque el almacenamiento del navegador está lleno. Se conservan mientras esta pestaña siga abierta.
notice-other-tab = Tu progreso se ha actualizado desde otra pestaña de esta app.

## Cuando una parte de la app no se puede mostrar
app-broken = Algo ha fallado al mostrar esta parte de la app. Vuelve a cargar la página; tus datos guardados están a salvo.
