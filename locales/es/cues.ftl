## Indicaciones habladas durante la rutina (cortas: se dicen en voz alta con el temporizador)
cue-first-up = Prepárate. Empezamos con: { $name }.
cue-next-up = Muy bien. Ahora: { $name }.
cue-rest = Descansa. Después, la serie { $round }.
cue-switch-side = Cambia al lado derecho.
cue-work = { $name }{ $sets ->
    [1] {""}
   *[other] , serie { $set } de { $sets }
}{ $side ->
    [1] , lado izquierdo
    [2] , lado derecho
   *[other] {""}
}.
cue-work-then = { $work } { $phrase }.
cue-phrase = { $phrase }
cue-number = { $n }
cue-hold = Y mantén.
cue-relax = Y suelta.
cue-carry-on = Seguimos.
cue-paused = En pausa.
cue-thirty-more = Treinta segundos más.
cue-stopped = Sesión terminada. Lo que has hecho queda guardado.
cue-finished = Terminado. Bien hecho por dedicarte este rato.
