# Las palabras de Hoy y del marco de la app: la rutina del día y sus tarjetas, la
# comprobación de la mañana, el plan en pausa, las primeras preguntas del perfil, y los
# avisos que salen sobre cualquier pantalla (conservar datos, actualizaciones, copias de
# seguridad, página no encontrada).

## Hoy (pages/today.rs)
today-title = Hoy
# Encima de la frase de bienvenida tras un descanso.
today-welcome-back-title = Qué bien verte de nuevo
today-start = Empezar la rutina de hoy

## Las tarjetas de Hoy (pages/today/cards.rs)
today-in-progress-elsewhere = Tu rutina se está reproduciendo en otra pestaña
today-in-progress = Tienes una rutina a medias
today-continue = Continuar
# Cuando la rutina de su fisioterapeuta es su plan, la de la app se muestra al lado.
today-routine-app-own = La rutina propia de la app
today-routine-yours = Tu rutina de hoy
# La etiqueta junto al nombre de una rutina: cuánto dura.
today-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
today-why = ¿Por qué esta rutina?
today-whole-plan = Ver tu plan completo
today-short = ¿Solo tienes 5 minutos? Haz la versión corta
today-tip-title = El consejo de hoy
# Enlace a la lección que explica más; $name es el nombre de la lección.
today-tip-more = Para saber más: { $name }
today-walk-title = Un paseo hoy
today-walk-start = Cronometrar mi paseo
# Bajo una rutina de su fisioterapeuta: $by es quién la preparó (nombre, centro);
# $frequency, cada cuánto hacerla.
today-imported-plan = Tu plan, preparado por tu fisioterapeuta · { $frequency }
today-imported-plan-by = Tu plan, preparado por tu fisioterapeuta · { $by } · { $frequency }
today-imported-from = De tu fisioterapeuta · { $frequency }
today-imported-from-by = De tu fisioterapeuta · { $by } · { $frequency }
# $name es el nombre de la rutina, tal como lo escribió su fisioterapeuta.
today-imported-start = Empezar { $name }

## El plan en pausa, después de una señal de alarma (pages/today/paused.rs)
today-paused-title = Tu plan está en pausa
today-paused-lead = Has indicado una señal de alarma, así que el ejercicio queda en pausa hasta que te hayan revisado.
today-paused-checked-title = ¿Ya te han revisado?
today-paused-confirm = Ya me ha revisado una matrona, un médico o un fisioterapeuta y puedo continuar.
today-paused-resume = Continuar mi plan

## La comprobación de la mañana (components/morning.rs)
today-morning-title = ¿Qué tal tu espalda esta mañana?
today-morning-compare = En comparación con antes de tu última sesión:
# $pain: el dolor, de 0 a 10, que indicó antes de esa sesión.
today-morning-compare-before = En comparación con antes de tu última sesión (antes de empezarla, dijiste { $pain } sobre 10):
today-morning-compare-label = En comparación con antes
today-morning-pain = Dolor de espalda ahora mismo
today-morning-usual = Y en un día normal, tu dolor de espalda habitual
today-morning-save = Guardar
today-morning-skip = Hoy no

## Las primeras preguntas del perfil (components/welcome.rs)
today-welcome-title = Sobre ti y tu bebé
today-welcome-lead = Unas preguntas rápidas para que tu rutina se ajuste al momento en que estás. Solo hacen falta las dos primeras; se tarda más o menos un minuto.
today-welcome-submit = Guardar y ver mi rutina

## Conservar sus datos, pedido al navegador una vez (components/persist_note.rs)
today-persist-label = Conservar tus datos
# Mientras el navegador aún no ha contestado.
today-persist-asking = Tu progreso solo se guarda en este navegador, así que la app le ha pedido que no borre tus datos cuando el teléfono se quede sin espacio.
today-persist-agreed = Tu progreso solo se guarda en este navegador, así que la app le ha pedido que no borre tus datos cuando el teléfono se quede sin espacio. Ha aceptado.
today-persist-refused = Tu progreso solo se guarda en este navegador, así que la app le ha pedido que no borre tus datos cuando el teléfono se quede sin espacio. Todavía no ha aceptado; instalar la app suele ayudar.
today-persist-dismiss = Entendido

## Una versión nueva de la app (components/update_prompt.rs)
today-update-label = Actualización
today-update-ready = Hay una versión nueva: recarga para actualizar. Tu progreso se conserva.
today-update-updating = Actualizando…
today-update-reload = Recargar y actualizar

## Una dirección que la app no conoce (components/not_found.rs)
today-not-found-title = Página no encontrada
today-not-found-body = Esta dirección no lleva a ninguna parte de la app. Tu progreso guardado sigue intacto.
today-not-found-home = Ir a Hoy

## Avisos sobre el almacenamiento y otras pestañas (components/notices.rs)
today-notices-label = Avisos
today-notices-dismiss = Cerrar

## El recordatorio de copia de seguridad en Historial (components/backup_reminder.rs)
today-backup-title = Guarda una copia de tu progreso
today-backup-body = Tus sesiones solo están en este navegador. Una copia de seguridad las mantiene a salvo si cambias de teléfono o se borran los datos del navegador.
today-backup-save = Guardar una copia
today-backup-later = Ahora no
