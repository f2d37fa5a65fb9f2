# Las palabras de la parte del fisioterapeuta: el creador de rutinas y las formas de
# compartirlas (enlace, código QR, papel), un enlace compartido abierto en su teléfono
# (la rutina de un fisioterapeuta que se le ofrece) y el resumen de su progreso tal como
# lo lee su fisioterapeuta. Lo que escribe el fisioterapeuta (nombre de la rutina,
# notas, su nombre, la clínica) son datos, se muestran tal cual y nunca son mensajes.

## El creador de rutinas (pages/physio.rs)
physio-title = Para fisioterapeutas
physio-lead = Prepara una rutina para que una paciente la haga en casa y compártela como enlace, código QR o documento impreso. La rutina va dentro del propio enlace: no se sube nada y no hace falta ninguna cuenta.
# $count: ejercicios elegidos hasta ahora; $max: los que caben como máximo en un enlace.
physio-exercises-title = Ejercicios ({ $count } de { $max } como máximo)
physio-exercises-empty = Elige ejercicios más abajo; aparecerán aquí por orden, cada uno con su propia dosis y su nota.
physio-new-routine = Empezar una rutina nueva

## Los datos generales de la rutina (pages/physio/routine_card.rs)
physio-routine-title = Rutina
# El nombre con el que empieza una rutina nueva; el fisioterapeuta puede cambiarlo.
physio-routine-default-name = Ejercicios para casa
physio-routine-name = Nombre
# Las dos mitades de «Cuántas veces … Por …»: un número de sesiones y luego día o semana.
physio-how-often = Cuántas veces
# Una opción: cuántas sesiones («1 vez», «2 veces»…), por día o por semana.
physio-times = { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}
physio-per = Por
physio-per-day = día
physio-per-week = semana
physio-for-weeks = Durante (semanas)
physio-auto = Dejar que la app ajuste las dosis según lo cómoda que ella diga que se siente (si no, se quedan exactamente como las pongas)
physio-set-limits = Fijar sus límites de dolor
# Cada una es la etiqueta de una opción de dolor, sobre 10.
physio-comfortable = Cómodo hasta
physio-acceptable = Aceptable hasta
physio-clinician = Tu nombre (opcional)
physio-clinic = Clínica (opcional)

## Un ejercicio elegido en el creador (pages/physio/item_editor.rs)
# $name es el nombre del ejercicio.
physio-move-up = Subir { $name }
physio-move-down = Bajar { $name }
physio-remove = Quitar { $name }
# Los números de una dosis; (s) son segundos.
physio-dose-sets = Series
physio-dose-reps = Repeticiones
physio-dose-hold = Mantener (s)
physio-dose-seconds = Segundos
physio-dose-rest = Descanso (s)
physio-note-for = Nota para { $name }

## Lo que hay que corregir antes de poder compartir la rutina (pages/physio/draft.rs)
physio-need-exercise = Añade al menos un ejercicio.
# $max: el número máximo de caracteres del nombre de una rutina.
physio-need-name = Ponle un nombre a la rutina (hasta { $max } caracteres).
physio-clinician-too-long = Tu nombre es demasiado largo o tiene saltos de línea.
physio-clinic-too-long = El nombre de la clínica es demasiado largo o tiene saltos de línea.
physio-note-too-long = Una de las notas es demasiado larga o tiene saltos de línea.
physio-limits-order = El límite de dolor cómodo no puede ser más alto que el aceptable.

## El buscador de ejercicios del creador (pages/physio/picker.rs)
physio-add-title = Añadir ejercicios
physio-pick-region = Dónde ayuda
physio-pick-anywhere = En cualquier zona
physio-pick-weeks = Según la semana
physio-pick-any-stage = Cualquier etapa
# Una etapa para filtrar: semanas desde el parto.
physio-pick-weeks-option = { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}
# Después del nombre de un ejercicio (el código pone un espacio delante): la primera
# semana en que suele hacerse tras un parto vaginal, y tras una cesárea.
physio-pick-from = · desde la sem. { $vaginal } (cesárea: sem. { $caesarean })
physio-add = Añadir
physio-added = Añadido
physio-add-named = Añadir { $name }
physio-added-named = Añadido: { $name }

## El resultado del creador (pages/physio/output.rs)
physio-preview-title = Lo que verá tu paciente

## Pasar un enlace (components/share_panel.rs)
physio-share-heading = Compartir
physio-share-link = Enlace
# $count: la longitud del enlace, en caracteres.
physio-share-length = { $count ->
    [one] { $count } carácter. Todo va dentro del enlace; no se guarda nada en ningún otro sitio.
   *[other] { $count } caracteres. Todo va dentro del enlace; no se guarda nada en ningún otro sitio.
}
physio-share-copy = Copiar enlace
physio-share-share = Compartir…
physio-share-print = Imprimir
# Beside Print: the printed sheet can be in another of the app's languages.
physio-share-print-language = Idioma de la hoja impresa
physio-share-copied = Enlace copiado.
physio-share-copy-failed = No se ha podido copiar aquí: selecciona el enlace de arriba y cópialo.
# $title: lo que abre el enlace (el nombre de una rutina o un resumen).
physio-share-qr = Código QR de { $title }
physio-share-qr-hint = Escanéalo con la cámara del teléfono para abrirlo.

## Un código QR (components/qr.rs)
physio-qr-too-long = Este enlace es demasiado largo para un código QR; usa el enlace.

## Una rutina compartida tal como la ve ella, y su hoja impresa (components/shared_view.rs)
physio-shared-label = Rutina compartida
# $position: la postura que muestra el dibujo del ejercicio (de la biblioteca de ejercicios).
physio-shared-drawing = Dibujo: { $position }
# $vaginal, $caesarean: semanas después del parto.
physio-shared-flag = { $vaginal ->
    [one] Suele hacerse a partir de { $vaginal } semana después de un parto vaginal o de { $caesarean } después de una cesárea, más adelante de donde estás ahora.
   *[other] Suele hacerse a partir de { $vaginal } semanas después de un parto vaginal o de { $caesarean } después de una cesárea, más adelante de donde estás ahora.
}
# $by: quién la preparó (nombre, clínica), tal como lo escribió.
physio-shared-by = Preparada por { $by }
# $exercises: cuántos; $minutes: lo que dura más o menos una sesión; $frequency: cada
# cuánto (por ejemplo «dos veces al día»); $weeks: durante cuánto tiempo.
physio-shared-meta = { $exercises ->
    [one] { $exercises } ejercicio
   *[other] { $exercises } ejercicios
} · unos { $minutes } min · { $frequency } durante { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}
physio-shared-auto = La app puede ajustar las dosis según cómo responda tu espalda.
physio-shared-fixed = Las dosis se quedan exactamente como las ha puesto tu fisioterapeuta.
# Dolor sobre 10.
physio-shared-limits = Límites de dolor: cómodo hasta { $comfortable } y aceptable hasta { $acceptable } sobre 10.

## Abrir un enlace compartido (pages/shared.rs)
physio-open-nothing-title = No hay nada que abrir
physio-open-nothing = Abre el enlace o escanea el código QR que te dio tu fisioterapeuta y la rutina aparecerá aquí.
physio-open-failed-title = No se puede abrir este enlace
physio-open-failed = No se ha guardado ni cambiado nada. Pide el enlace otra vez o comprueba que se copió entero.

## La rutina de un fisioterapeuta, ofrecida (pages/shared/offer.rs)
physio-offer-title = Una rutina de tu fisioterapeuta
physio-offer-lead = Échale un vistazo primero. No se guarda nada hasta que elijas abajo.
# Después de una de las tres frases de «guardado» de abajo.
physio-offer-safety = La comprobación de seguridad sigue haciéndose antes de cada sesión.
physio-offer-saved-update = Tu copia está actualizada.
physio-offer-saved-plan = Guardada como tu plan.
physio-offer-saved-alongside = Guardada junto a tu plan.
physio-offer-today = Ir a Hoy
physio-offer-later-stage = Algunos de estos ejercicios suelen ser para una etapa posterior a la tuya. Hazlos solo si tu fisioterapeuta te ha revisado y te ha dicho que son adecuados para ti.
physio-offer-cleared = Mi fisioterapeuta me ha dado el visto bueno para hacerlos
physio-offer-same-source = Ya tienes esta rutina de la misma persona. ¿Quieres cambiar tu copia por esta versión?
physio-offer-update = Actualizar mi copia
physio-offer-plan = Usarla como mi plan
physio-offer-alongside = Guardarla junto a mi plan

## El resumen de su progreso, tal como lo lee su fisioterapeuta o como lo ve ella
## antes de enviarlo (components/summary_view.rs)
physio-summary-own-title = Lo que verá tu fisioterapeuta
physio-summary-title = Resumen del progreso de tu paciente
# $routine: el nombre de la rutina; $from, $to: fechas.
physio-summary-range = { $routine } · del { $from } al { $to }
physio-summary-read-only = Solo lectura. Ha llegado dentro del propio enlace; no se ha guardado nada en este dispositivo.
# Las palabras entre <strong> y </strong> van en negrita.
physio-summary-sessions = <strong>{ $done } de { $planned }</strong> sesiones previstas hechas
physio-summary-minutes = <strong>{ $minutes } min</strong> de ejercicio
physio-summary-pain = Dolor
physio-summary-flags = Señales de alarma indicadas
physio-summary-no-flags = Ninguna.
physio-summary-own-notes = Tus notas
physio-summary-notes = Sus notas
physio-summary-own-plan = Cómo va tu plan
physio-summary-plan = Cómo va su plan
# Cuánto tiempo ha pasado desde el parto: «6 semanas y 2 días», «1 semana», «3 días».
physio-summary-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
physio-summary-weeks = { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}
physio-summary-weeks-days = { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} y { $days ->
    [one] { $days } día
   *[other] { $days } días
}
# $date: el último día del resumen; $since: el tiempo desde el parto (las líneas de arriba).
physio-summary-own-stage = El { $date }, { $since } después del parto. Tal como lo muestra la página de tu plan. Una sesión cuenta aquí cuando ya has hecho la comprobación de la mañana siguiente.
physio-summary-own-stage-caesarean = El { $date }, { $since } después de la cesárea. Tal como lo muestra la página de tu plan. Una sesión cuenta aquí cuando ya has hecho la comprobación de la mañana siguiente.
physio-summary-stage = El { $date }, { $since } después del parto. Con las mismas palabras que la página de su plan. Una sesión cuenta aquí cuando ya ha hecho la comprobación de la mañana siguiente.
physio-summary-stage-caesarean = El { $date }, { $since } después de la cesárea. Con las mismas palabras que la página de su plan. Una sesión cuenta aquí cuando ya ha hecho la comprobación de la mañana siguiente.
physio-summary-own-paused = Tu plan está en pausa por una señal de alarma: nada avanza hasta que te hayan revisado.
physio-summary-paused = Su plan está en pausa por una señal de alarma: nada avanza hasta que la hayan revisado.
# $days: cuántos días abarca el resumen.
physio-summary-not-counted = { $days ->
    [one] Ninguna sesión contada en este día
   *[other] Ninguna sesión contada en estos { $days } días
}
# $date: el día que lo hizo por última vez.
physio-summary-last-done = Última vez: { $date }
# En qué punto está de la cadena de pasos del ejercicio.
physio-summary-step = Paso { $place } de { $of }
