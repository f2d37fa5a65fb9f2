# La hoja impresa de la rutina de un fisioterapeuta (components/handout.rs): lo que la
# paciente se lleva a casa en papel. Solo se imprime; la pantalla muestra la vista
# previa. Lo que escribe el fisioterapeuta (nombre de la rutina, notas, nombre,
# clínica) son datos, se imprimen tal cual y nunca son mensajes.

## La parte de arriba de la hoja
handout-label = Hoja impresa
# $by: quién la indicó (nombre, clínica), tal como lo escribió.
handout-by = Indicada por { $by }
# $frequency: cada cuánto (por ejemplo «dos veces al día»); $weeks: durante cuánto
# tiempo; $minutes: lo que dura más o menos una sesión.
handout-plan = Hazla { $frequency } durante { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}; cada vez dura unos { $minutes } min.
handout-safety-title = Para y pide ayuda
handout-safety = Deja el ejercicio y pide ayuda médica enseguida si notas una señal de alarma: dolor u opresión en el pecho, dificultad para respirar, sangrado abundante, una pantorrilla dolorida, roja o hinchada, fiebre, una herida roja, con supuración o abriéndose, dificultad nueva para orinar o defecar o para aguantar la orina o las heces, o adormecimiento alrededor de los genitales o las nalgas. En una emergencia, llama al número de emergencias de tu zona.
handout-safety-ease = Deja cualquier ejercicio que te duela más que un poco y cuéntaselo a tu fisioterapeuta.

## Cada ejercicio
handout-steps = Cómo se hace
handout-stop = Cuándo parar
# Antes de la nota del fisioterapeuta, que se imprime tal como la escribió.
handout-note = Nota de tu fisioterapeuta:
# Donde van los pasos mientras las palabras de la biblioteca aún se cargan (raro: solo
# si la hoja se imprime en los primeros momentos después de abrir la app).
handout-no-steps = Los pasos están en la app, en Ejercicios.

## La tabla para marcar
handout-ticks-title = Marca cada sesión
# $frequency: cada cuánto (por ejemplo «dos veces al día»).
handout-ticks-per-day = Marca una casilla por sesión ({ $frequency }).
handout-ticks-per-week = Marca los días que la hagas ({ $frequency }).
# Cuando la rutina dura más semanas que filas tiene la tabla ($rows): las filas quedan
# sin numerar.
handout-ticks-more = Escribe el número de la semana al principio de cada fila e imprime otra copia cuando se llenen las { $rows } filas.
# El título de la primera columna: las filas son las semanas de la rutina, numeradas.
handout-ticks-week-column = Semana
# Los días de la semana, empezando por el lunes, abreviados y separados por espacios.
handout-weekdays = lun mar mié jue vie sáb dom
