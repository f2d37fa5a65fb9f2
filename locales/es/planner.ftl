# Las palabras del planificador y del plan: por qué cada ejercicio está en la rutina de
# hoy, por qué un ejercicio avanzó o se quedó igual (cada motivo va detrás de una raya
# o de dos puntos, así que empieza en minúscula), qué viene después en la página del
# plan, el paseo de hoy, la bienvenida tras un tiempo sin sesiones, los nombres de las
# rutinas de la app y la evolución del dolor en palabras.

## Números pequeños, en letra (domain/progression/judging.rs)
# Solo para 2 o más: «las dos últimas sesiones», «con tres más así».
planner-count = { $n ->
    [2] dos
    [3] tres
    [4] cuatro
    [5] cinco
    [6] seis
    [7] siete
    [8] ocho
    [9] nueve
    [10] diez
   *[other] { $n }
}
# Tiempo sin sesiones: $days días (por debajo de dos semanas) o $weeks semanas, con
# $count el número de semanas en letra.
planner-away = { $weeks ->
    [0] { $days } días
    [1] { $days } días
   *[other] { $count } semanas
}

## Por qué un ejercicio avanzó o se quedó igual (domain/progression/judging.rs)
# $sessions sesiones cómodas seguidas; $count es ese número en letra.
planner-reason-comfortable = { $sessions ->
    [0] tu última sesión fue cómoda y tu espalda estaba bien a la mañana siguiente
    [1] tu última sesión fue cómoda y tu espalda estaba bien a la mañana siguiente
   *[other] las { $count } últimas sesiones fueron cómodas y tu espalda estaba bien a la mañana siguiente
}
# Faltan $left sesiones cómodas; $count es ese número en letra.
planner-reason-building = { $left ->
    [1] esa sesión fue cómoda; con una más así, esto sube un paso
   *[other] esa sesión fue cómoda; con { $count } más así, esto sube un paso
}
# $pain: el dolor máximo durante la sesión, de 0 a 10.
planner-reason-pain-moderate = el dolor llegó a { $pain } sobre 10, que está bien, así que esto sigue igual por ahora
planner-reason-pain-too-high = el dolor llegó a { $pain } sobre 10, así que esto baja un paso
planner-reason-morning-worse = a la mañana siguiente notaste la espalda peor, así que esto baja un paso
# $morning: su dolor a la mañana siguiente; $baseline: su dolor habitual.
planner-reason-morning-higher = a la mañana siguiente tu espalda estaba en { $morning } sobre 10, por encima de tu { $baseline } habitual, así que esto baja un paso
planner-reason-morning-high = a la mañana siguiente tu espalda estaba en { $pain } sobre 10, así que esto baja un paso
planner-reason-morning-unsettled = a la mañana siguiente tu espalda estaba en { $pain } sobre 10, así que esto sigue igual hasta que se calme
planner-reason-morning-missing = todavía no has hecho la comprobación de la mañana siguiente, así que esto sigue igual
planner-reason-morning-skipped = te saltaste la comprobación de la mañana siguiente, así que esto sigue igual
planner-reason-no-report = no contaste cómo fue la sesión, así que esto sigue igual
planner-reason-effort-too-hard = la sesión te resultó demasiado exigente, así que esto sigue igual por ahora
planner-reason-stopped-early = la sesión se paró antes de terminar, así que esto sigue igual
planner-reason-at-top = esta ya es la versión más completa, así que sigue igual
planner-reason-stage-locked = el siguiente paso se abre un poco más adelante tras el parto, así que esto sigue igual por ahora
planner-reason-at-gentlest = esto ya es lo más suave posible, así que sigue igual; si te sigue doliendo, coméntaselo a tu matrona o a tu fisioterapeuta
planner-reason-not-for-stage = esa versión es para un poco más adelante tras el parto, así que esto vuelve a una más suave
planner-reason-kept-symmetric = la siguiente versión trabaja una pierna cada vez; si tuviste dolor pélvico en el embarazo, espera hasta más o menos las 12 semanas, así que esto sigue igual
# $away: cuánto tiempo estuvo sin sesiones («dos semanas»).
planner-reason-away = bajó un paso después de { $away } sin sesiones
planner-reason-red-flag = indicaste una señal de alarma, así que el progreso vuelve a contar desde cero
planner-reason-after-check = tu primera sesión después de que te revisaran, así que esto sigue igual por ahora
# Dónde entró un ejercicio en su plan: $level de 0 (el más suave) a 3 (el más completo).
planner-reason-placed = { $level ->
    [0] empieza en el nivel más suave para el momento en que estás
    [1] empieza en un nivel inicial para el momento en que estás
    [2] empieza en un nivel intermedio para el momento en que estás
   *[other] empieza en un nivel más completo para el momento en que estás
}

## Por qué cada ejercicio está en la rutina de hoy (domain/planner/advice.rs)
# $name: el ejercicio; $why: por qué está ahí. Igual que en inglés.
planner-why = { $name }: { $why }
planner-why-trimmed = { $name }: { $why } (hoy más corto, para que quepa en tu tiempo)
# $date: el día en que lo hizo por última vez.
planner-not-done-since = no lo has hecho desde el { $date }, así que sigue donde estaba
planner-not-done-yet = todavía no lo has hecho, así que sigue en su punto de partida hasta que lo hagas
# Un cambio en un ejercicio: qué cambió y después por qué ($reason).
planner-change-joins = se suma a tu plan — { $reason }
# $name: el ejercicio más difícil al que pasó.
planner-change-moved-on = pasa a { $name } — { $reason }
# $name: el ejercicio más suave al que volvió.
planner-change-back = vuelve a { $name } — { $reason }
planner-change-more-reps = { $n ->
    [one] { $n } repetición más
   *[other] { $n } repeticiones más
} — { $reason }
planner-change-fewer-reps = { $n ->
    [one] { $n } repetición menos
   *[other] { $n } repeticiones menos
} — { $reason }
# $n segundos.
planner-change-longer = { $n } s más — { $reason }
planner-change-shorter = { $n } s menos — { $reason }
planner-change-gentlest = ya es lo más suave posible — { $reason }
planner-change-same = igual que la última vez — { $reason }

## El paseo de hoy (domain/planner/advice.rs)
# $goal: los minutos de paseo a la semana que recomiendan las guías; $minutes: el paseo de hoy.
planner-walk-extra = Esta semana ya has caminado { $goal } minutos; un paseo de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} hoy es un extra suave, si te apetece
# $after: sus minutos de paseo esta semana después del paseo de hoy.
planner-walk-toward = Con un paseo de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} hoy llegarías a { $after } de { $goal } minutos de paseo esta semana

## Las rutinas propias de la app (domain/planner.rs)
planner-routine-today = Tu rutina de hoy
planner-routine-short = Tu rutina de 5 minutos

## Hoy (domain/today.rs)
# $away: cuánto tiempo estuvo sin sesiones («dos semanas»).
planner-welcome-back = ¡Qué bien tenerte de vuelta! Han pasado { $away } desde tu última sesión, así que la rutina de hoy vuelve a empezar un poco más suave.
# $routine: el nombre de la rutina; $active: cuánto tiempo estuvo activa, como un reloj («12:05»).
planner-last-time = La última vez: { $routine } · { $minutes } min de actividad

## Tu plan: qué viene después (domain/plan_view.rs)
# $next: el siguiente paso; $gate: lo que hace falta («2 sesiones cómodas más…»).
planner-next-after = Siguiente: { $next }, después de { $gate }.
planner-next-gate = Siguiente: { $next }: { $gate }.
planner-next-top = Esta es la versión más completa.
planner-next-paused = En pausa hasta que te hayan revisado.
# $name: el nombre del ejercicio, en minúsculas.
planner-next-more = un poco más de { $name }
# $name: el ejercicio más difícil, que todavía espera a una etapa posterior.
planner-then = Después vendrá «{ $name }»: { $gate }.
planner-gate-sessions = { $more ->
    [one] { $more } sesión cómoda más con la espalda tranquila a la mañana siguiente
   *[other] { $more } sesiones cómodas más con la espalda tranquila a la mañana siguiente
}
# $weeks: cuándo se abre; $days: cuántos días faltan.
planner-gate-opens-caesarean = se abre a las { $weeks } semanas de la cesárea — { $days ->
    [1] mañana
   *[other] dentro de { $days } días
}
planner-gate-opens-birth = se abre a las { $weeks } semanas del parto — { $days ->
    [1] mañana
   *[other] dentro de { $days } días
}
planner-gate-symmetric = espera hasta las { $weeks } semanas, para cuidar tu pelvis — { $days ->
    [1] mañana
   *[other] dentro de { $days } días
}
planner-gate-after-tear = espera hasta las { $weeks } semanas después del desgarro — { $days ->
    [1] mañana
   *[other] dentro de { $days } días
}
planner-gate-paused = en pausa hasta que te hayan revisado
planner-gate-top = esta es la versión más completa

## La evolución del dolor en palabras (domain/history.rs)
planner-trend-none = Todavía no hay registros de dolor de las últimas dos semanas.
# $during y $morning: dolor medio, de 0 a 10, con un decimal (planner-decimal).
planner-trend-during = En las últimas dos semanas, el dolor máximo durante las sesiones fue de { $during } sobre 10 de media.
planner-trend-during-lower = En las últimas dos semanas, el dolor máximo durante las sesiones fue de { $during } sobre 10 de media. Es menos que en las dos semanas anteriores.
planner-trend-during-higher = En las últimas dos semanas, el dolor máximo durante las sesiones fue de { $during } sobre 10 de media. Es más que en las dos semanas anteriores.
planner-trend-during-same = En las últimas dos semanas, el dolor máximo durante las sesiones fue de { $during } sobre 10 de media. Es más o menos lo mismo que en las dos semanas anteriores.
planner-trend-both = En las últimas dos semanas, el dolor máximo durante las sesiones fue de { $during } sobre 10 de media, y el dolor a la mañana siguiente, de { $morning }.
planner-trend-both-lower = En las últimas dos semanas, el dolor máximo durante las sesiones fue de { $during } sobre 10 de media, y el dolor a la mañana siguiente, de { $morning }. Es menos que en las dos semanas anteriores.
planner-trend-both-higher = En las últimas dos semanas, el dolor máximo durante las sesiones fue de { $during } sobre 10 de media, y el dolor a la mañana siguiente, de { $morning }. Es más que en las dos semanas anteriores.
planner-trend-both-same = En las últimas dos semanas, el dolor máximo durante las sesiones fue de { $during } sobre 10 de media, y el dolor a la mañana siguiente, de { $morning }. Es más o menos lo mismo que en las dos semanas anteriores.
# Un número con un decimal: $whole y su $tenth («2,5»).
planner-decimal = { $whole },{ $tenth }
