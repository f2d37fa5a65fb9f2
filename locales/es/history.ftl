# Las palabras del Historial: los últimos siete días y el calendario, la gráfica del
# dolor (también en el resumen de progreso), las señales de alarma que indicó, cada
# sesión en detalle, las semanas anteriores guardadas como totales semanales y el
# resumen para su fisioterapeuta.
# En algunos mensajes, <strong>…</strong> marca lo que se ve en negrita; deja las
# etiquetas alrededor de las mismas palabras.

## Historial (pages/history.rs)
history-title = Historial
history-week-title = Últimos 7 días
# $minutes: sus minutos de paseo en los últimos 7 días; $goal: el objetivo semanal, en minutos.
history-week = <strong>{ $minutes } min</strong> de paseo, de los { $goal } minutos semanales de actividad moderada a los que ir llegando poco a poco
history-week-progress-label = Minutos de esta semana frente al objetivo semanal
# Dentro de la barra de progreso; solo lo muestran los navegadores que no pueden dibujarla.
history-week-percent = { $percent } %
history-chart-title = Cómo ha estado tu espalda
history-flags-title = Señales de alarma que has indicado
# Un aviso: $when es su fecha y hora; $signs, las señales de alarma que marcó, cada
# una como su pregunta, separadas por punto y coma.
history-flags-during = <strong>{ $when }</strong> (durante una sesión): { $signs }
history-flags-before = <strong>{ $when }</strong> (antes de una sesión): { $signs }
history-empty-title = Todavía no hay sesiones
history-empty-body = Cada rutina que terminas (o que dejas antes de tiempo) aparece aquí con la fecha, lo que duró, lo que hiciste y cómo te sentiste.

## El calendario (pages/history/calendar.rs)
history-calendar-caption = Sesiones de las últimas cinco semanas
# Las cabeceras de las columnas, de lunes a domingo: siete iniciales separadas por
# espacios (X es miércoles).
history-calendar-weekdays = L M X J V S D
# Lo que dice un lector de pantalla de un día: $day es su fecha; $sessions, cuántas
# sesiones hizo ese día.
history-calendar-day-sessions = { $day }: { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}
history-calendar-day-sessions-flag = { $day }: { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}; indicaste una señal de alarma
history-calendar-day-flag = { $day }: indicaste una señal de alarma

## Para su fisioterapeuta (pages/history/report.rs)
history-report-title = Para tu fisioterapeuta
history-report-body = Prepara un resumen de las últimas cuatro semanas (sesiones, dolor, señales de alarma, tus notas y cómo va tu plan) para enseñarlo o enviarlo. Nada sale de este teléfono a menos que tú lo compartas.
history-report-make = Preparar un resumen
# El título de lo que comparte (un enlace, un mensaje).
history-report-share-title = Mi resumen de progreso
history-report-share-heading = Envíaselo a tu fisioterapeuta

## Cada sesión (pages/history/sessions.rs)
history-sessions-title = Sesiones
# Su dolor, de 0 a 10, antes de la sesión.
history-session-pain-before = Dolor antes: { $pain }/10
# Su dolor máximo durante la sesión, y $effort, cuánto le costó.
history-session-worst-during = Dolor máximo durante la sesión: { $pain }/10 · { $effort }
# A la mañana siguiente: $compare es cómo estaba su espalda en comparación con antes
# de la sesión («mejor»), en minúsculas; $pain, su dolor entonces.
history-session-next-morning = A la mañana siguiente: { $compare }, { $pain }/10
history-session-table-caption = Lo previsto y lo hecho, por ejercicio
history-session-exercise = Ejercicio
history-session-rounds = Series
history-session-time = Tiempo
# Bajo una sesión: cuánto duró y cuántos de sus ejercicios hizo.
history-session-meta = { $minutes } min · { $done } de { $total ->
    [one] { $total } ejercicio
   *[other] { $total } ejercicios
}
history-session-stopped-early = terminada antes de tiempo
# Cuando aún no se ven todas: las $shown más recientes de sus $total sesiones.
history-sessions-latest = Estas son tus { $shown } sesiones más recientes, de un total de { $total }.
history-sessions-more = Ver sesiones anteriores

## Las semanas anteriores, guardadas como totales semanales (pages/history/weeks.rs)
history-folded-title = Semanas anteriores
# $from y $to son fechas; $sessions y $minutes, los totales de esas semanas.
history-folded-summary = Del { $from } al { $to }: { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}, { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} en total.
history-folded-kept = Las sesiones de hace tanto tiempo se guardan como un total por semana, para que siempre haya sitio para las nuevas.
history-folded-show = Ver cada semana
history-folded-show-more = Ver semanas anteriores
# Una semana: sus minutos en total y su dolor máximo.
history-folded-minutes = { $minutes } min en total
history-folded-worst-during = Dolor máximo durante las sesiones: { $pain }/10
history-folded-worst-morning = Dolor máximo a la mañana siguiente: { $pain }/10
history-folded-no-pain = No indicaste dolor esa semana

## La gráfica del dolor (components/pain_chart.rs)
# Debajo de la gráfica, a la izquierda: dónde empieza la parte día a día.
history-chart-weeks-ago = { $weeks ->
    [one] hace { $weeks } semana
   *[other] hace { $weeks } semanas
}
# Debajo de la gráfica, en el extremo derecho.
history-chart-today = hoy
history-chart-during = Durante las sesiones (máximo)
history-chart-morning = A la mañana siguiente
history-chart-weekly-note = Las últimas { $weeks } semanas muestran cada día; a la izquierda de la línea discontinua, cada punto es una semana entera (su dolor más alto).
