/**
 * The model side of understanding, free of any framework: which features a message has,
 * how a topic model is trained with OpenNLP's document categorizer, and how it ranks
 * topics for a message. A {@link vn.hocvuso.helpdesk.nlu.model.TopicModel} is immutable,
 * so a new one can replace the old in one step while requests keep classifying.
 */
@NullMarked
package vn.hocvuso.helpdesk.nlu.model;

import org.jspecify.annotations.NullMarked;
