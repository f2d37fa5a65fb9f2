# Las palabras de las plantillas del creador de rutinas (templates/*.toml,
# src/domain/templates.rs): el nombre y el resumen de una línea de cada plantilla, que lee
# el fisioterapeuta, y las notas de algunos ejercicios, que lee su paciente cuando recibe
# la rutina (por eso le hablan a ella). Una nota tiene como mucho 120 caracteres.

## Primeras semanas después de una cesárea
template-caesarean-first-weeks = Primeras semanas después de una cesárea
template-caesarean-first-weeks-summary = Respiración, una activación abdominal suave, suelo pélvico y paseos cortos, poco y a menudo mientras cicatriza la herida.
template-caesarean-first-weeks-note-gently = Con suavidad: para si notas cualquier tirón en la herida.
template-caesarean-first-weeks-note-small = Balanceos pequeños y lentos, solo hasta donde estés cómoda.
template-caesarean-first-weeks-note-often = Poco y a menudo: mejor unos cuantos paseos cortos al día que uno largo.

## Activación abdominal y suelo pélvico: lo básico
template-bracing-pelvic-floor = Activación abdominal y suelo pélvico: lo básico
template-bracing-pelvic-floor-summary = La activación abdominal profunda tumbada y sentada, con contracciones largas y rápidas del suelo pélvico, desde los primeros días.
template-bracing-pelvic-floor-note-breathe = Sigue respirando con normalidad; no aguantes la respiración mientras contraes.

## Espalda alta y postura para las tomas
template-upper-back-feeding = Espalda alta y postura para las tomas
template-upper-back-feeding-summary = Retracción de barbilla, omóplatos y apertura de pecho entre tomas, con las lecciones sobre las tomas y sobre sentarse.
template-upper-back-feeding-note-between-feeds = Haz unas cuantas entre tomas, sentada bien atrás en la silla.

## Dolor lumbar a partir de las 6 semanas
template-low-back-from-6-weeks = Dolor lumbar a partir de las 6 semanas
template-low-back-from-6-weeks-summary = Movilidad, estiramientos y fuerza suave para la zona lumbar, tres veces por semana, con dosis que siguen cómo se encuentra tu paciente.
template-low-back-from-6-weeks-note-comfortable = Sube solo hasta donde la espalda siga cómoda.

## Caminar y volver a la actividad
template-return-to-activity = Caminar y volver a la actividad
template-return-to-activity-summary = Un paseo a buen ritmo con fuerza de piernas, cadera y tronco para volver poco a poco a la actividad diaria; solo bajo impacto.
template-return-to-activity-note-brisk = A buen ritmo: que respires algo más fuerte, pero puedas seguir hablando.
