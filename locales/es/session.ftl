# Las palabras de una sesión: la comprobación de seguridad antes, el reproductor,
# «Algo no va bien» y sus indicaciones, y el resumen al final.
# En algunos mensajes, <strong>…</strong> marca lo que se ve en negrita; deja las
# etiquetas alrededor de las palabras que correspondan.

## Compartidos por las pantallas de la sesión
session-back-today = Volver a Hoy
session-back-running = Volver a la prueba para correr
session-go-today = Ir a Hoy
session-continue-here = Continuar aquí

## La comprobación de seguridad antes de una sesión (pages/check.rs)
session-check-title = Antes de empezar
session-check-pain-legend = Dolor de espalda ahora mismo (opcional)
session-check-question = ¿Te pasa hoy algo de esto?
session-check-hint = Marca todo lo que te pase. Si no te pasa nada, empieza sin más.
session-check-start = Todo bien — empezar
session-check-stop = Parar y ver qué hacer
session-check-elsewhere-title = Hay una rutina en marcha en otra pestaña.
session-check-elsewhere-body = Solo se reproduce en un sitio a la vez, para que el temporizador y las indicaciones vayan bien. Continúala aquí o termínala antes en la otra pestaña.
session-check-nothing-title = No hay nada que empezar
session-check-nothing-body = Esta rutina no está disponible en este momento.
session-check-paused-title = Tu plan está en pausa
session-check-paused-body = Después de una señal de alarma, las sesiones quedan en pausa hasta que te hayan revisado. Cuando ya te hayan revisado, puedes seguir desde Hoy.

## La lista de señales de alarma y sus indicaciones (components/red_flags.rs)
# Junto a una señal de la lista, si le pusieron anestesia epidural o raquídea.
session-flags-epidural = — tuviste anestesia epidural o raquídea, así que vigila esta en especial
# El botón que marca su número de emergencias.
session-guidance-call = Llamar al { $number }
# Antes del contacto sanitario que anotó en su perfil.
session-guidance-contact = Tu matrona, médico o fisioterapeuta:
session-guidance-paused = Esta app no puede saber qué lo está causando. Tu plan de ejercicios queda en pausa hasta que le indiques que ya te han revisado.

## Después de «Algo no va bien» (components/trouble.rs)
session-trouble-title = Sesión detenida. ¿Qué ha pasado?
session-trouble-saved = Lo que llevas hecho está guardado.
session-trouble-pain = Me dolía demasiado
session-trouble-flag = He notado una señal de alarma
session-trouble-else = Otra cosa — estoy bien
session-trouble-flags-title = ¿Qué notas de esta lista?
session-trouble-show = Ver qué hacer

## El reproductor (pages/player.rs)
session-player-opening = Abriendo tu rutina
session-player-moved-title = Tu rutina ha pasado a otra pestaña
session-player-moved-body = Has seguido en otra pestaña, así que esta ha dejado de reproducirla. No se pierde nada: el tiempo es el mismo en cualquier pestaña.
session-player-elsewhere-title = Hay una rutina en marcha en otra pestaña
session-player-elsewhere-body = Solo se reproduce en un sitio a la vez, para que el temporizador y las indicaciones vayan bien. Puedes pasarla aquí; la otra pestaña dejará de reproducirla.
session-player-pain-lead = Has hecho bien en parar. Vamos a anotar hasta dónde llegó el dolor, para que tu plan baje la intensidad.
session-player-none-title = No hay ninguna rutina en marcha
session-player-unresumable = La rutina que estabas haciendo no se puede retomar: esta versión de la app ya no tiene uno de sus ejercicios.
session-player-clear = Borrarla
session-player-none-hint = Empieza una rutina desde Hoy, o prueba cualquier ejercicio de la biblioteca.

## La sesión en marcha (components/step_view.rs)
session-phase-get-ready = Prepárate
session-phase-next-up = A continuación
session-phase-rest = Descanso · después, serie { $round }
session-phase-switch-side = Cambia al lado derecho
# $sets: series de este ejercicio; $side: 0 ninguno, 1 izquierdo, 2 derecho.
session-phase-work = { $sets ->
    [0] Adelante
    [1] Adelante
   *[other] Serie { $set } de { $sets }
}{ $side ->
    [1] {" · "}lado izquierdo
    [2] {" · "}lado derecho
   *[other] {""}
}
# Lo leen los lectores de pantalla al cambiar de fase: la fase y el ejercicio.
session-announcement = { $phase }: { $name }
session-paused = En pausa
session-cue-switch-side = Cambia de lado despacio y colócate bien.
session-cue-rest = Descansa y respira con calma.
session-then = Después: { $name }
session-last-exercise = Último ejercicio
session-progress-label = Progreso de la rutina
session-progress-percent = { $percent } %
session-exercise-of = Ejercicio { $step } de { $steps }
session-screen-on = Pantalla encendida
session-not-right = Algo no va bien
session-sound-on = Activar el sonido
session-drawing = Dibujo: { $position }
session-time-left = Tiempo restante
session-rep-of = Repetición { $rep } de { $reps }

## Los controles del reproductor (components/player_controls.rs)
session-stop-question = ¿Paras la rutina aquí? Lo que llevas hecho está guardado.
session-stop-now = Parar ya
session-keep-going = Seguir
session-more-rest = +{ $seconds } s de descanso
session-more-ready = +{ $seconds } s para prepararte
session-back = Atrás
session-skip = Saltar
session-pause = Pausa
session-resume = Reanudar
session-end = Terminar sesión

## El resumen al final de una sesión (components/finished_view.rs)
session-finished-stopped-title = Sesión detenida
session-finished-stopped-lead = Has parado antes de terminar, y no pasa nada. Lo que has hecho está guardado.
session-finished-done-title = ¡Terminado!
session-finished-done-lead = Bien hecho: hoy has sacado un rato para tu espalda.
session-finished-stat = <strong>{ $minutes } min</strong> de movimiento · <strong>{ $done } de { $total }</strong> { $total ->
    [one] ejercicio
   *[other] ejercicios
}
session-finished-rounds = { $done } de { $planned } { $planned ->
    [one] serie
   *[other] series
}
session-finished-history = Ver tu historial

## Cómo te has sentido (components/after_report.rs)
session-after-title = ¿Cómo te has sentido?
session-after-worst-legend = El peor dolor de espalda durante la sesión
session-after-effort = ¿Cuánto esfuerzo te ha costado?
session-after-note = Una nota para ti (opcional)
session-after-save = Guardar

## La escala de dolor de 0 a 10 (components/pain_picker.rs)
session-pain-none = Sin dolor
session-pain-worst = El peor
