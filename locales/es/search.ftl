# Las palabras de la búsqueda en la biblioteca del creador de rutinas
# (src/domain/search.rs): el nombre de cada filtro de posición. La búsqueda en sí
# encuentra los nombres y locales/es/synonyms.toml.

## Dónde se hace un ejercicio: el filtro de posición, cada uno una etiqueta corta
search-posture-lying = Tumbada boca arriba
search-posture-side-lying = Tumbada de lado
search-posture-sitting = Sentada
search-posture-standing = De pie
search-posture-kneeling = De rodillas
search-posture-hands-and-knees = A cuatro patas
search-posture-walking = Caminando
