# The words of the builder's library search (src/domain/search.rs): what each position
# filter is called. The search itself matches names and locales/en/synonyms.toml.

## Where an exercise is done: the builder's position filter, each a short label
search-posture-lying = Lying on the back
search-posture-side-lying = Lying on the side
search-posture-sitting = Sitting
search-posture-standing = Standing
search-posture-kneeling = Kneeling
search-posture-hands-and-knees = On hands and knees
search-posture-walking = Walking
