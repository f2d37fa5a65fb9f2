# La mesa del fisioterapeuta: el creador de rutinas en el ordenador de la consulta
# (≥ 1024 px de ancho), con la biblioteca a un lado y la rutina al otro; el orden; las
# plantillas; las rutinas guardadas del propio fisioterapeuta. Escrito para el
# fisioterapeuta («tu paciente»). Los nombres de las rutinas son datos, no mensajes.

## Los ejercicios elegidos (pages/physio/items.rs, item_editor.rs)
desk-order-hint = Cambia el orden con las flechas, o arrastra un ejercicio por su asa.
# Sobre el asa de arrastre, para el puntero del ratón.
desk-drag-title = Arrastra para cambiar el orden
# Lo dicen los lectores de pantalla tras mover. $name: el ejercicio; $position, $count: números.
desk-moved = { $name } pasa al puesto { $position } de { $count }.

## La biblioteca (pages/physio/picker.rs)
desk-search-label = Buscar en la biblioteca
desk-search-hint = Por su nombre o por otra palabra: puente, báscula, gato-vaca, Kegel.
desk-pick-posture = Postura
desk-pick-any-posture = Cualquier postura
desk-pick-kind = Tipo
desk-pick-any-kind = Cualquier tipo
# Cuántos ejercicios de la biblioteca quedan tras la búsqueda y los filtros.
desk-found = { $count ->
    [0] Ningún ejercicio coincide. Prueba con menos palabras o muéstralos todos.
    [one] { $count } ejercicio
   *[other] { $count } ejercicios
}
desk-show-all = Mostrarlos todos
# Bajo el nombre de un ejercicio: su tipo y la primera semana en que suele hacerse tras un parto vaginal y tras una cesárea.
desk-row-about = { $kind } · desde la sem. { $vaginal } (cesárea: sem. { $caesarean })

## La vista previa (pages/physio/output.rs)
# Encima de la vista previa del tamaño de un teléfono. $minutes: lo que dura más o menos una sesión.
desk-total = En total: unos { $minutes } min por sesión, { $exercises ->
    [one] { $exercises } ejercicio
   *[other] { $exercises } ejercicios
}

## De dónde se crea una rutina (pages/physio/sources.rs)
# Da nombre al selector entre las tres fuentes de abajo.
desk-sources-label = Crear a partir de
desk-view-library = Biblioteca
desk-view-templates = Plantillas
# $count: cuántas rutinas tiene guardadas.
desk-view-saved = Guardadas ({ $count })

## Plantillas (pages/physio/template_list.rs)
desk-templates-title = Empezar con una plantilla
desk-templates-lead = Puntos de partida hechos con la biblioteca. Cada una se abre en el creador para que la adaptes a tu paciente antes de compartirla.
# $vaginal, $caesarean: la primera semana tras el parto en que encaja.
desk-template-suits = Encaja { $vaginal ->
    [0] desde los primeros días
   *[other] desde la semana { $vaginal }
} tras un parto vaginal y { $caesarean ->
    [0] desde los primeros días
   *[other] desde la semana { $caesarean }
} tras una cesárea
# $minutes: lo que dura más o menos una sesión.
desk-template-size = { $exercises ->
    [one] { $exercises } ejercicio
   *[other] { $exercises } ejercicios
} · unos { $minutes } min por sesión
desk-template-use = Usar esta plantilla
# Para lectores de pantalla: las palabras del botón y el nombre de la plantilla.
desk-template-use-named = Usar esta plantilla: { $name }
# Se dice cuando ya está en el creador. $name: el nombre de la plantilla.
desk-template-loaded = «{ $name }» ya está en el creador. Adáptala a tu paciente antes de compartirla.
# Antes de sustituir la rutina que se está creando. $count: sus ejercicios.
desk-replace-ask = Esto sustituye la rutina que estás creando ({ $count ->
    [one] { $count } ejercicio
   *[other] { $count } ejercicios
}), que no está guardada. ¿La sustituyes?
desk-replace-yes = Sustituirla
desk-replace-no = Quedarme con la mía

## Guardar la rutina que se está creando (pages/physio/save_bar.rs). $name: su nombre.
desk-state-new = Todavía no está entre tus rutinas guardadas.
desk-state-saved = Guardada entre tus rutinas como «{ $name }».
desk-state-changed = Los cambios en «{ $name }» aún no están guardados.
desk-save-new = Guardar en tus rutinas
desk-save-changes = Guardar los cambios
desk-save-copy = Guardar como rutina nueva
desk-save-done = «{ $name }» guardada en tus rutinas.
# $max: el número máximo de rutinas guardadas.
desk-save-full = Tienes { $max } rutinas guardadas, el máximo. Borra alguna o expórtalas a un archivo para guardar otra.

## Sus rutinas guardadas (pages/physio/saved_list.rs, saved_row.rs). $name: el nombre de una rutina.
desk-saved-title = Tus rutinas guardadas
desk-saved-lead = Se guardan solo en este navegador, aparte de los datos de cualquier paciente. Expórtalas a un archivo para tener una copia o compartirlas con tus colegas.
desk-saved-empty = Aún no hay ninguna. Crea una rutina y elige «Guardar en tus rutinas».
# $frequency: cuántas veces (por ejemplo «dos veces al día»); $weeks: durante cuánto tiempo.
desk-saved-meta = { $exercises ->
    [one] { $exercises } ejercicio
   *[other] { $exercises } ejercicios
} · { $frequency } durante { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}
# Junto a la rutina que está abierta en el creador.
desk-saved-open-now = Abierta
desk-open = Abrir
desk-open-named = Abrir { $name }
desk-duplicate = Duplicar
desk-duplicate-named = Duplicar { $name }
desk-rename = Renombrar
desk-rename-named = Renombrar { $name }
desk-delete = Borrar
desk-delete-named = Borrar { $name }
desk-rename-label = Nombre nuevo para «{ $name }»
desk-cancel = Cancelar
desk-delete-ask = ¿Borrar «{ $name }»? No se puede deshacer.
desk-delete-yes = Borrarla
desk-delete-no = Conservarla
# El nombre de la copia que hace «Duplicar».
desk-copy-name = { $name } (copia)
desk-opened = «{ $name }» está abierta en el creador.
desk-duplicated = Copia guardada: «{ $name }».
desk-renamed = Ahora se llama «{ $name }».
desk-deleted = «{ $name }» borrada.
desk-gone = Esa rutina ya no está guardada aquí (quizá se borró en otra pestaña). No se ha cambiado nada.

## Compartir las rutinas guardadas con colegas en un archivo (pages/physio/saved_list.rs)
desk-export = Exportarlas todas a un archivo
desk-import = Importar un archivo
desk-import-file-label = Archivo de rutinas para importar
# $name: el nombre del archivo.
desk-exported = { $name } guardado. Un colega puede importarlo en esta app, en su propio ordenador.
desk-export-failed = No se ha podido guardar el archivo aquí. No se ha cambiado nada.
desk-import-reading = Leyendo el archivo…
desk-import-unreadable = No se ha podido leer este archivo. No se ha cambiado nada.
