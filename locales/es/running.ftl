# Las palabras de «¿Lista para volver a correr?»: la prueba de vuelta a la carrera
# (pages/running.rs), su tarjeta en Hoy y el plan de caminar y correr que abre.

## Una línea por prueba: qué hacer, con las cifras de la guía.
run-task-walk = Camina a paso ligero durante 30 minutos.
run-task-balance = Sostente sobre una pierna 10 segundos y luego sobre la otra.
run-task-squat = Haz 10 sentadillas a una pierna con cada pierna.
run-task-jog = Trota en el sitio durante 1 minuto.
run-task-bounds = Haz 10 saltos hacia delante, pasando de un pie al otro.
run-task-hop = Salta en el sitio 10 veces con cada pierna.
run-task-running-man = Haz 10 impulsos de «corredor» con cada lado.
run-task-calf-raise = Haz 20 elevaciones de talón a una pierna con cada pierna.
run-task-bridge = Haz 20 puentes a una pierna con cada pierna.
run-task-sit-to-stand = Haz 20 veces sentarte y levantarte a una pierna con cada pierna.
run-task-leg-lift = Haz 20 elevaciones de pierna tumbada de lado con cada pierna.

## La página
run-title = ¿Lista para volver a correr?
run-lead = Once pruebas cortas de la guía para volver a correr después de tener un bebé. Si las superas todas sin dolor, sin peso y sin escapes, se abre para ti un plan suave de caminar y correr.
run-too-early = { $weeks ->
    [one] La prueba se abre 12 semanas después del parto, cuando tu cuerpo ha tenido tiempo de curarse. Queda una semana.
   *[other] La prueba se abre 12 semanas después del parto, cuando tu cuerpo ha tenido tiempo de curarse. Quedan { $weeks } semanas.
}
run-too-early-meanwhile = Hasta entonces, caminar, la activación abdominal y los ejercicios de suelo pélvico son la mejor preparación.
run-no-profile = Primero cuéntale a la aplicación cómo fue el parto, para que sepa en qué punto de la recuperación estás.
run-no-profile-go = Preparar mi plan
run-paused = Tu plan está en pausa por una señal de alarma. Cuando te hayan revisado y lo indiques en Hoy, podrás hacer la prueba.
run-before-title = Antes de empezar
run-before-kit = Ponte unas zapatillas que sujeten bien y un sujetador que se ajuste, vacía la vejiga antes y despeja un espacio con una pared o una silla firme al alcance.
run-before-time = El paseo dura 30 minutos y el resto, unos 15. Puedes parar cuando quieras y seguir más tarde: tus respuestas se guardan en este teléfono.
run-before-symptoms = Después de cada prueba te preguntaremos por dolor, peso o sensación de arrastre en la pelvis y escapes. Cualquiera de ellos termina la prueba por hoy.
run-start = Empezar la prueba
run-progress = { $done } de { $total } pruebas hechas
run-group-load = Carga e impacto
run-group-strength = Fuerza
run-status-passed = Superada
run-status-not-yet = Todavía no
run-status-to-do = Por hacer
run-status-not-tried = Sin hacer
run-how = Cómo se hace
run-timer = Poner el temporizador
run-timer-note = El reproductor te cuenta el tiempo. Después, vuelve aquí para contar cómo ha ido.
run-whole-time = ¿Has aguantado todo el tiempo?
run-whole-time-side = ¿Has aguantado todo el tiempo con cada pierna?
run-count = ¿Cuántas has podido hacer?
run-count-minutes = ¿Cuántos minutos has podido caminar a paso ligero?
run-count-each = ¿Cuántas has podido hacer con cada pierna?
run-count-of = de { $target }
run-left = Pierna izquierda
run-right = Pierna derecha
run-yes = Sí
run-no = No
run-symptoms = Durante o después de esta prueba, ¿has notado algo de esto?
run-symptom-pain = Dolor en la espalda, la pelvis, las caderas o las piernas
run-symptom-heaviness = Peso, sensación de arrastre o un bulto en la pelvis
run-symptom-leaking = Escapes de orina, gases o heces
run-symptoms-none = Si no has notado nada de esto, déjalo todo sin marcar.
run-save = Guardar y seguir
run-choose = Responde a la pregunta de arriba para guardar.
run-saved = { $name }: guardado.

## El resultado
run-result-title = Tu resultado
run-result-ready = Has superado todas las pruebas sin ningún síntoma. Tu plan de caminar y correr te espera en Hoy: ratos cortos de carrera entre tramos caminando, que avanzan según cómo responda tu cuerpo, como el resto de tu plan.
run-result-not-yet = Todavía no es momento de correr. Sigue ganando fuerza con los ejercicios de abajo y repite la prueba dentro de unas semanas.
run-result-physio-title = Ve a un fisioterapeuta de suelo pélvico antes de correr
run-result-physio = Has notado dolor, peso, sensación de arrastre o escapes durante una prueba. Es una señal de que tu cuerpo necesita más apoyo antes de correr, y un fisioterapeuta de suelo pélvico puede valorarte y guiarte. No es una urgencia. La prueba termina aquí por hoy.
run-passed-title = Superadas
run-work-title = Para trabajar
run-not-tried-title = Sin hacer esta vez
run-work-with = Ve ganando fuerza con:
run-last = Tu última prueba: { $date }.
run-again = Repetir la prueba
run-again-tomorrow = Podrás repetir la prueba a partir de mañana, después de descansar. Si has notado alguna de estas señales, lo mejor es ver antes a un fisioterapeuta de suelo pélvico.
run-to-today = Ir a Hoy

## En Hoy
run-offer-title = ¿Lista para volver a correr?
run-offer-lead = Ya han pasado 12 semanas: una prueba en casa de once ejercicios cortos te dice si tu cuerpo está preparado para correr.
run-offer-open = Abrir la prueba para correr
run-offer-continue = Seguir con la prueba para correr
run-card-title = Caminar y correr
run-card-start = Empezar a caminar y correr
run-card-check = Tu prueba para correr

run-dose = Corre { $run } y camina { $walk }: { $sets } veces

## En el reproductor, para caminar y correr
run-phase-walk = Camina · después, carrera { $round }
run-phase-run = { $sets ->
    [one] Corre
   *[other] Carrera { $set } de { $sets }
}
run-cue-walk = Camina y recupera el aliento.
run-speak-walk = Ahora camina. Después viene la carrera { $round }.
run-more-walk = +{ $seconds } s de paseo

## En la biblioteca, encima de las pruebas
run-library-lead = Forman parte de la prueba para volver a correr, que se ofrece a partir de las 12 semanas después del parto. Hazlas en orden desde allí: después de cada una te pregunta cómo ha ido.
run-library-open = Abrir la prueba para correr
