package org.pollcam.registry.entity;

/**
 * Where election day stands. The public watches during {@link #VOTING} and {@link #COUNTING}; a station's broadcast
 * ends once its protocol is signed.
 */
public enum ElectionPhase {
    PREPARATION, VOTING, COUNTING, TABULATION, CLOSED;

    public boolean isBroadcast() {
        return this == VOTING || this == COUNTING;
    }
}
