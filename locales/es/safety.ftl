# Las palabras de seguridad y las etiquetas del dominio: la lista de señales de alarma,
# adónde envía cada nivel de atención y qué hacer, y las etiquetas y frases cortas que
# el dominio da a las pantallas (cómo fue el parto, dónde duele, el esfuerzo, los tipos
# de ejercicio, el consejo de hoy, por qué un ejercicio está en su rutina, cuánto
# tiempo ha pasado desde el parto).

## Los niveles de atención: el título de la pantalla de indicaciones (domain/safety.rs)
safety-tier-emergency = Pide ayuda de emergencia ahora
safety-tier-today = Contacta hoy con tu matrona o tu médico
safety-tier-physio = Baja el ritmo y consulta a un fisioterapeuta especialista en suelo pélvico
safety-tier-gp-or-physio = Pide cita con tu médico de cabecera o un fisioterapeuta

## Qué hacer, una línea cada cosa, bajo el título
# $number es el número de emergencias que anotó en su perfil (como 112 o 911).
safety-advice-call-number = Llama al { $number } ahora.
# Cuando no ha anotado su número de emergencias.
safety-advice-call-local = Llama ahora al número de emergencias de tu zona.
safety-advice-emergency-someone = Si no puedes llamar tú, pide a alguien que esté cerca que llame por ti.
safety-advice-emergency-no-drive = No hagas ejercicio y no conduzcas tú misma.
safety-advice-today-stop = Deja el ejercicio por hoy.
safety-advice-today-contact = Contacta hoy con tu matrona, tu médico o tu servicio de maternidad y cuéntales lo que has notado.
safety-advice-today-worse = Si empeora rápidamente o te encuentras muy mal, trátalo como una emergencia.
safety-advice-physio-not-emergency = No es una emergencia, pero sí una señal para bajar el ritmo por ahora.
safety-advice-physio-book = Pide cita con un fisioterapeuta especialista en suelo pélvico (salud de la mujer), o pide a tu médico o a tu matrona que te deriven.
safety-advice-physio-meanwhile = Mientras tanto, caminar con calma y los ejercicios de respiración no suelen dar problemas; deja cualquier cosa que lo empeore.
safety-advice-gp-not-emergency = No es una urgencia, pero un dolor de espalda que no te deja hacer tu día a día ni cuidar de tu bebé merece que lo vea alguien.
safety-advice-gp-book = Pide cita con tu médico de cabecera o con un fisioterapeuta en los próximos días y cuéntale lo que ahora no puedes hacer.
safety-advice-gp-meanwhile = Mientras tanto, sigue moviéndote con suavidad, usa calor o frío si te alivia y deja que otra persona levante peso siempre que puedas.

## La lista de señales de alarma: lo que puede notar, con sus palabras, de más a menos urgente
# Llamar ahora al número de emergencias.
safety-flag-chest-pain = Dolor u opresión en el pecho
safety-flag-breathless = Dificultad para respirar, o falta de aire repentina
safety-flag-seizure = Una convulsión o crisis epiléptica
safety-flag-harm-thoughts = Pensamientos de hacerte daño a ti o a tu bebé
safety-flag-saddle-numbness = Adormecimiento alrededor de los genitales, las nalgas o la cara interna de los muslos
safety-flag-bladder-bowel = Dificultad nueva para orinar o defecar, o para aguantar la orina o las heces
safety-flag-both-legs = Debilidad o adormecimiento en las dos piernas
# Contactar hoy con la matrona, el médico o el servicio de maternidad.
safety-flag-heavy-bleeding = Sangrado abundante que empapa una compresa en una hora, o coágulos del tamaño de un huevo o más grandes
safety-flag-wound = Una herida de cesárea o de desgarro que está roja, con supuración, abriéndose o cada vez más dolorosa
safety-flag-calf = Dolor en la pantorrilla o en una pierna, o la pierna roja, hinchada o caliente
safety-flag-fever = Fiebre de 38 °C (100,4 °F) o más
safety-flag-headache = Un dolor de cabeza fuerte que no mejora con analgésicos, o un dolor de cabeza con visión borrosa
safety-flag-postural-headache = Desde la epidural o la raquídea: un dolor de cabeza que empeora al estar sentada o de pie y mejora al tumbarte
safety-flag-dizzy = Te mareas o sientes que te vas a desmayar, o tienes una debilidad muscular que te hace perder el equilibrio
safety-flag-leg-numbness = Dolor de espalda con adormecimiento u hormigueo que baja por una pierna, o con fiebre
# Bajar el ritmo y consultar a un fisioterapeuta especialista en suelo pélvico (no es una emergencia).
safety-flag-heaviness = Peso o sensación de arrastre hacia abajo en la pelvis o la vagina
safety-flag-leaking = Pérdidas de orina o de heces
safety-flag-tummy-bulge = La barriga se abomba, forma una cresta o deja ver una separación por el centro al moverte
safety-flag-worsening-pain = Dolor en la pelvis o en la zona lumbar que va cada vez a peor
safety-flag-daily-life-pain = Dolor de espalda que te impide hacer las cosas del día a día o cuidar de tu bebé
safety-flag-bleeding-returned = Sangrado que vuelve o aumenta pasadas las 8 semanas (sin ser la menstruación), o que se vuelve de un rojo más vivo después de hacer ejercicio

## Cómo fue el parto (domain/profile.rs)
label-delivery-vaginal = Parto vaginal
label-delivery-assisted = Parto vaginal instrumental (fórceps o ventosa)
label-delivery-planned-caesarean = Cesárea programada
label-delivery-emergency-caesarean = Cesárea de urgencia

## Dónde duele, en su perfil
label-site-lower-back = Zona lumbar
label-site-middle-back = Zona media de la espalda
label-site-upper-back = Parte alta de la espalda, hombros o cuello
label-site-epidural = Donde te pusieron la epidural o la raquídea
label-site-scar = Alrededor de la cicatriz de la cesárea

## Cuánta actividad hacía antes del embarazo
label-activity-low = Poco activa
label-activity-moderate = Activa de vez en cuando
label-activity-high = Muy activa

## Cuánto tiempo ha pasado desde el parto, y cómo fue: la línea bajo el título de Hoy
# $delivery es una de las etiquetas del parto de arriba.
label-since-birth-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
} desde el parto · { $delivery }
label-since-birth-weeks = { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} desde el parto · { $delivery }
label-since-birth-weeks-days = { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} y { $days ->
    [one] { $days } día
   *[other] { $days } días
} desde el parto · { $delivery }

## Cuánto le costó una sesión (domain/comfort.rs)
label-effort-easy = Fácil
label-effort-moderate = Lo justo
label-effort-hard = Exigente
label-effort-too-hard = Demasiado

## Su espalda a la mañana siguiente, en comparación con antes de la sesión (en
## Historial también va en medio de una frase, en minúscula)
label-morning-better = Mejor
label-morning-same = Más o menos igual
label-morning-worse = Peor

## Tipos de ejercicio: los grupos y el filtro de la biblioteca (domain/exercise.rs)
label-kind-walk = Paseos
label-kind-breathing = Respiración
label-kind-bracing = Activación abdominal profunda
label-kind-pelvic-floor = Suelo pélvico
label-kind-tilt = Basculaciones pélvicas
label-kind-stretch = Estiramientos
label-kind-strength = Fuerza suave
label-kind-lesson = Lecciones de postura
label-kind-self-care = Autocuidado
label-kind-run = Caminar y correr
label-kind-run-test = ¿Lista para correr? Las pruebas
label-kind-carer = Para otros cuidadores

## Dónde ayuda un ejercicio
label-region-lower-back = Zona lumbar
label-region-middle-back = Zona media de la espalda
label-region-upper-back = Parte alta de la espalda y cuello
label-region-caesarean = Después de una cesárea
label-region-epidural-site = Alrededor de la zona de la epidural

## Cuándo suele ser adecuado un ejercicio, según cómo fue el parto («1 semana después
## de un parto vaginal; 4 semanas después de una cesárea»); $vaginal y $caesarean son
## semanas, y 0 son los primeros días.
label-earliest = { $vaginal ->
    [0] los primeros días
    [one] { $vaginal } semana
   *[other] { $vaginal } semanas
} después de un parto vaginal; { $caesarean ->
    [0] los primeros días
    [one] { $caesarean } semana
   *[other] { $caesarean } semanas
} después de una cesárea

## El consejo de hoy (domain/planner/tips.rs)
label-tip-caesarean-lifting = Durante unas seis semanas después de una cesárea, intenta no levantar nada que pese más que tu bebé. Deja que otra persona lleve la silla del coche y la compra.
label-tip-caesarean-cough = Cuando tengas que toser, estornudar o reírte, sujeta con suavidad la herida con la mano o con un cojín pequeño. Así le quitas tensión mientras cicatriza.
label-tip-lift-with-legs = ¿Te duele al levantar peso? Dobla las rodillas, mantén la espalda larga, sujeta a tu bebé cerca del cuerpo y deja que la fuerza la hagan las piernas.
label-tip-feeding-posture = Cuando des de comer a tu bebé, súbelo hacia ti sobre un cojín en lugar de inclinarte hacia él, y mantén los hombros relajados y la espalda apoyada.
label-tip-epidural-site = Una molestia en el punto donde te pusieron la epidural suele pasar en unos días. Si tienes un dolor de cabeza que empeora al incorporarte y mejora al tumbarte, llama a tu servicio de maternidad.
label-tip-pelvis-even = ¿Te das la vuelta en la cama o sales del coche? Mantén las rodillas juntas y mueve las caderas a la vez: es más amable con una pelvis dolorida.
label-tip-heat-cold = Una bolsa templada (no caliente) o una bolsa de frío envuelta en un paño, sobre la espalda dolorida durante 15 minutos, puede aliviarla. Nunca pongas ninguna de las dos directamente sobre la piel.

## Por qué un ejercicio está en la rutina de hoy, cuando ningún cambio reciente dice
## más (domain/planner.rs; en minúscula, porque va después del nombre del ejercicio)
label-purpose-breathe = un comienzo tranquilo, para que tu cuerpo se asiente antes de todo lo demás
label-purpose-brace = calienta los músculos abdominales profundos antes de todo lo demás
label-purpose-pelvic-floor = un poco de trabajo de suelo pélvico, cada día
label-purpose-lower-back = para tu zona lumbar
label-purpose-middle-back = para la zona media de tu espalda
label-purpose-upper-back = para la parte alta de tu espalda, los hombros y el cuello
label-purpose-epidural-site = movimiento suave para la zona donde te pusieron la epidural
label-purpose-scar = suave con tu barriga después de una cesárea
label-purpose-balance = parte de una combinación equilibrada para toda tu espalda
label-purpose-strength = fuerza suave para la musculatura que sostiene tu espalda y tu pelvis
label-purpose-finish = un estiramiento para terminar
label-purpose-cool-down = un final tranquilo que ayuda a relajar la zona de la epidural
