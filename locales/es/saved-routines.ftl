# Las palabras de las rutinas guardadas del fisioterapeuta (src/domain/physio_library.rs,
# src/web/storage.rs): qué añadió una importación, por qué no se pudo leer un archivo y
# qué falló con el almacenamiento de este navegador. Las lee el fisioterapeuta. Cada
# mensaje sobre un archivo termina diciendo que no se ha cambiado nada.

## Después de importar un archivo de rutinas
# $added: rutinas añadidas; $skipped: rutinas que ya estaban guardadas aquí, sin cambios.
saved-imported = { $added ->
    [0] No hay rutinas nuevas en este archivo
    [one] Se ha añadido { $added } rutina
   *[other] Se han añadido { $added } rutinas
}{ $skipped ->
    [0] .
    [one] ; { $skipped } ya estaba guardada aquí.
   *[other] ; { $skipped } ya estaban guardadas aquí.
}

## Por qué no se pudo importar un archivo de rutinas
saved-error-empty = Este archivo está vacío, así que no hay nada que importar. No se ha cambiado nada.
saved-error-not-a-library = Este archivo no es un conjunto de rutinas guardadas desde { -app-name }. Elige el archivo que exportó la app, con un nombre como gentle-back-routines-2026-11-27.json. No se ha cambiado nada.
saved-error-patient-backup = Esta es la copia de seguridad de una paciente con su propio progreso, no un conjunto de rutinas. Ella puede restaurarla en Ajustes, en su propio dispositivo. No se ha cambiado nada.
saved-error-damaged = Este archivo de rutinas está dañado y no se puede leer. No se ha cambiado nada. Si tienes otra copia, prueba con ella.
saved-error-newer = Estas rutinas se guardaron con una versión más reciente de { -app-name }. Recarga la app para actualizarla y vuelve a intentarlo. No se ha cambiado nada.
saved-error-too-large = Este archivo es demasiado grande para ser un conjunto de rutinas. No se ha cambiado nada.
# $adding: rutinas que el archivo añadiría; $room: cuántas caben aún; $max: el máximo.
saved-error-too-many = { $adding ->
    [one] Este archivo tiene { $adding } rutina nueva
   *[other] Este archivo tiene { $adding } rutinas nuevas
}, pero solo caben { $room } más: la app guarda hasta { $max }. Borra las que ya no uses y vuelve a intentarlo. No se ha cambiado nada.

## El almacenamiento de las rutinas guardadas en este navegador (avisos del escritorio)
saved-storage-unavailable = Este navegador no deja que la app guarde nada (¿navegación privada o datos del sitio bloqueados?), así que aquí no se pueden guardar rutinas. Aun así puedes crearlas y compartirlas.
saved-storage-quarantined = No se han podido leer tus rutinas guardadas, así que la lista empieza vacía. La copia dañada se ha guardado aparte en este navegador, no se ha borrado.
saved-storage-unreadable = No se han podido leer tus rutinas guardadas. Se han dejado como estaban, y en esta pestaña no se guardará nada nuevo.
saved-storage-newer = Tus rutinas guardadas se guardaron con una versión más reciente de { -app-name }. Para protegerlas, esta versión no las cambiará: recarga la página para obtener la versión más reciente.
saved-storage-write-failed = No se ha podido guardar la rutina, probablemente porque el almacenamiento del navegador está lleno. Borra algunas rutinas guardadas, o expórtalas a un archivo, y vuelve a intentarlo.
