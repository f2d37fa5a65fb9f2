# Las palabras de los recordatorios: la tarjeta de Hoy que crea un archivo de
# calendario con su plan, los eventos de ese archivo (se quedan en su calendario, en el
# idioma que tenía al descargarlo) y la marca de la pestaña Hoy cuando le queda una
# sesión por hacer.

## La tarjeta de Hoy (pages/today/reminders.rs)
reminders-title = Recuérdamelo en mi calendario
reminders-lead = Añade tu rutina a tu calendario como un evento que se repite, y tu móvil te la recordará. El archivo se crea en este dispositivo y no se envía a ningún sitio.
# $frequency: cada cuánto pide una sesión su plan ("una vez al día", "3 veces por semana").
reminders-plan = Tu plan: { $frequency }.
reminders-time = Hora
# $times: la lista de horas, como "09:00" o "09:00, 19:00".
reminders-times = Todos los días a las { $times }.
# La leyenda de las casillas de los días, para un plan de algunos días por semana.
reminders-days = Días de los recordatorios
reminders-day-mo = Lunes
reminders-day-tu = Martes
reminders-day-we = Miércoles
reminders-day-th = Jueves
reminders-day-fr = Viernes
reminders-day-sa = Sábado
reminders-day-su = Domingo
reminders-days-none = Marca al menos un día.
# $date: el último día del plan de su fisioterapeuta ("22 nov").
reminders-until = Los recordatorios terminan después del { $date }, cuando acaba el plan de tu fisioterapeuta.
reminders-download = Descargar archivo de calendario
reminders-saved = Guardado. Abre el archivo para añadir los recordatorios a tu calendario.
reminders-failed = Este navegador no ha podido guardar el archivo. Prueba con otro navegador o crea tú misma un recordatorio en tu calendario.
reminders-redownload = Si tu plan cambia, vuelve a descargar el archivo y ábrelo. Si después ves un recordatorio repetido en tu calendario, borra el más antiguo.

## Cuando su plan está en pausa (pages/today/paused.rs)
reminders-paused-title = Recordatorios del calendario
reminders-paused = Si añadiste recordatorios a tu calendario, quítalos por ahora: abre uno en tu calendario y borra todas sus repeticiones. Podrás descargar otros nuevos cuando tu plan vuelva a empezar.

## Los eventos de su calendario (domain/reminders.rs)
reminders-event-title = { -app-name }: tu rutina para la espalda
# $name: la rutina de su fisioterapeuta, tal como la escribió.
reminders-event-title-physio = Tu rutina para la espalda: { $name }
# $link: la dirección de la app.
reminders-event-body = Unos { $minutes } minutos de ejercicio suave para tu espalda. Abre { -app-name } para empezar: { $link }
# Cuando el plan pide varias sesiones al día, debajo del texto de cada evento.
reminders-event-which = Sesión { $number } de { $count } de hoy.

## La navegación (components/nav.rs)
# Lo leen los lectores de pantalla tras el nombre de la pestaña Hoy, junto a un punto.
reminders-nav-due = — te queda una sesión hoy
