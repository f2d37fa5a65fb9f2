# Las palabras de la biblioteca de ejercicios: la lista de ejercicios y sus filtros,
# un ejercicio completo, y «Tu plan» (en qué punto está de cada ejercicio).

## La biblioteca (pages/library.rs)
library-title = Ejercicios
# Sin ningún filtro: $count es cuántas entradas tiene la biblioteca.
library-count-all = { $count } ejercicios suaves y lecciones breves.
# Cuando los filtros ocultan algunas: se listan $shown de las $total entradas.
library-showing = Se muestran { $shown } de { $total }.
library-empty = Nada cumple todos estos filtros. Prueba a ampliar alguno.

## Los filtros de la biblioteca (pages/library.rs)
library-filters-label = Filtrar ejercicios
library-filter-region = Dónde ayuda
library-filter-region-any = Cualquier zona
library-filter-kind = Tipo
library-filter-kind-any = Todos los tipos
library-filter-weeks = Desde el parto
library-filter-weeks-any = Cualquier momento
library-filter-birth = Parto
# El filtro del parto sin elegir: no ha dicho cómo nació su bebé.
library-filter-birth-any = Prefiero no decirlo
library-birth-vaginal = Parto vaginal
library-birth-caesarean = Cesárea
# Las semanas desde el parto: la primera semana, la última opción (y más), y el resto.
library-weeks-first = Primera semana
library-weeks-or-more = { $weeks } semanas o más
library-weeks = { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}

## Un ejercicio (pages/exercise.rs)
library-exercise-all = ← Todos los ejercicios
# Para lectores de pantalla, el dibujo: $position es la posición del ejercicio.
library-exercise-drawing = Dibujo: { $position }
# Los datos del ejercicio, cada uno con una etiqueta corta.
library-exercise-helps = Ayuda en
library-exercise-position = Posición
library-exercise-dose = Pauta
library-exercise-equipment = Necesitas
# Seguido de cuándo suele ser adecuado («6 semanas»).
library-exercise-from = A partir de
library-exercise-try = Probar ahora
# Cuando aún no le conviene; $from es cuándo suele ser adecuado.
# Lo que va entre <strong> y </strong> sale en negrita.
library-exercise-later = <strong>Este ejercicio es para un poco más adelante.</strong> Suele ser adecuado a partir de { $from }. Tu rutina de Hoy solo incluye lo que te conviene ahora.
library-exercise-how = Cómo se hace
library-exercise-watch = Cuidado con
# Encima de la lista de señales para dejar el ejercicio.
library-exercise-stop = Cuándo parar
# $source: la guía en la que se basa el ejercicio.
library-exercise-source = Basado en: { $source }
# $why: qué ha fallado.
library-exercise-failed = No se han podido cargar los pasos de este ejercicio: { $why }. La primera vez necesitan conexión; después funcionan sin ella.
library-exercise-retry = Reintentar
library-exercise-loading = Cargando los pasos…
# Para lectores de pantalla, la lista de las versiones más fácil y más difícil.
library-exercise-variants = Variantes
# Cada uno va seguido de un enlace a la otra versión (su nombre); deja el espacio del final.
library-exercise-easier = Más fácil:{ " " }
library-exercise-harder = Más difícil:{ " " }

## Tu plan (pages/plan.rs)
library-plan-title = Tu plan
# Antes de que haya contestado las primeras preguntas del perfil.
library-plan-no-profile = Primero cuéntale a la app un poco sobre el parto, y aquí aparecerá tu plan.
library-plan-get-started = Empezar
library-plan-lead = Cada ejercicio avanza por su cuenta, y solo después de sesiones en las que lo hiciste, cuando te resultaron cómodas y tu espalda seguía bien a la mañana siguiente.
library-plan-where = En qué punto estás de cada ejercicio
# Ejercicios que se abren cuando avance más; cada uno va seguido de lo que espera.
library-plan-later = Se abrirán más adelante
library-plan-changes = Últimos cambios
library-plan-no-changes = Todavía no ha cambiado nada. Tu plan empieza donde la app te situó.
library-plan-back = Volver a Hoy
library-plan-not-done = Aún sin hacer
# $date: el día que lo hizo por última vez («24 nov»).
library-plan-last-done = Última vez: { $date }
# En qué punto está de la cadena de versiones más fáciles y más difíciles del ejercicio.
library-plan-step = Paso { $place } de { $of }
