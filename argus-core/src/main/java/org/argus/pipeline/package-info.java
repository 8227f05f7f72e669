/**
 * The stage contract and the pipeline that chains stages. Each {@link org.argus.pipeline.Stage}
 * declares the {@link org.argus.pipeline.Layer}s it requires and provides; {@link org.argus.pipeline.Pipeline}
 * checks, when it is built, that every requirement is provided by an earlier stage.
 */
package org.argus.pipeline;
