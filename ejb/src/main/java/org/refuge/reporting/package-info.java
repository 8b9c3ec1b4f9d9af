/**
 * Reporting: the emergency seen whole (issue 13). It owns no registry data: it reads the other contexts only through
 * the views they publish for it (V43-V46) and their read APIs, and answers aggregate figures to supervisors, and to
 * camp staff for their camps.
 */
package org.refuge.reporting;
